using System.Globalization;
using System.Text.RegularExpressions;

namespace StatusBot.Domain.Indicators;

/// <summary>
/// Numbers as Swedish documents and users write them: decimal comma, thousands grouped by a space
/// ("1 000", "3 125,6"), optionally a sign. Hand-written because .NET's sv-SE culture expects NBSP as
/// the group separator, which neither the documents nor people type.
/// </summary>
public static partial class SwedishNumber
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    // A leading number: "1 000", "2,7", "-3", "0,04", "1945". Groups of exactly three digits after a space.
    [GeneratedRegex(@"^\s*([+-]?)\s*(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:[,.](\d+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    /// <summary>Parses a number at the start of <paramref name="text"/>; returns the characters consumed.</summary>
    public static bool TryParseLeading(string text, out decimal value, out int length)
    {
        value = 0;
        length = 0;
        var m = Leading().Match(text);
        if (!m.Success) return false;
        var digits = Regex.Replace(m.Groups[2].Value, @"[ \u00A0\u202F]", "");
        var s = m.Groups[1].Value + digits + (m.Groups[3].Success ? "." + m.Groups[3].Value : "");
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        length = m.Length;
        return true;
    }

    /// <summary>Parses a whole string as a number, allowing surrounding whitespace.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        return TryParseLeading(text, out value, out var len) && text[len..].Trim().Length == 0;
    }

    /// <summary>Swedish display: "2,7", "1 000", "0,04" (plain space as group separator, as in the documents).</summary>
    public static string Format(decimal value)
    {
        var s = value.ToString("#,0.############", Culture);
        return s.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2212', '-');
    }
}
