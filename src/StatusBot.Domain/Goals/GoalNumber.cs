using System.Text.RegularExpressions;

namespace StatusBot.Domain.Goals;

/// <summary>
/// Goal numbers as the documents print them ("3.6.1", "1.4.1.", "1.2.1.Alla") and users type them
/// ("3,6,1"). The canonical form is dot-separated digits without a trailing dot.
/// </summary>
public static partial class GoalNumber
{
    // [0-9], not \d: \d also matches Arabic-Indic and full-width digits, which int.Parse then refuses.
    [GeneratedRegex(@"^\s*([0-9]{1,2}(?:\s*[.,]\s*[0-9]{1,2}){0,3})\s*\.?", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();

    /// <summary>Canonical form of a number, or null when the text does not start with one.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = LeadingNumber().Match(text);
        if (!m.Success) return null;
        var parts = m.Groups[1].Value.Split(['.', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return string.Join('.', parts.Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static bool Equal(string a, string b) => Normalize(a) is { } na && na == Normalize(b);

    /// <summary>"3.6.1" → 3 (the number of parts), which is the level's depth.</summary>
    public static int Depth(string number) => Normalize(number)?.Split('.').Length ?? 0;

    /// <summary>"3.6.1" → "3.6"; "3" → null.</summary>
    public static string? ParentOf(string number)
    {
        var n = Normalize(number);
        if (n is null) return null;
        var i = n.LastIndexOf('.');
        return i < 0 ? null : n[..i];
    }

    /// <summary>Orders numbers part by part numerically ("3.10" after "3.9").</summary>
    public static int Compare(string? a, string? b)
    {
        if (a is null || b is null) return Comparer<string?>.Default.Compare(a, b);
        var pa = a.Split('.');
        var pb = b.Split('.');
        for (var i = 0; i < Math.Min(pa.Length, pb.Length); i++)
        {
            var c = int.TryParse(pa[i], out var x) && int.TryParse(pb[i], out var y)
                ? x.CompareTo(y)
                : string.CompareOrdinal(pa[i], pb[i]);
            if (c != 0) return c;
        }
        return pa.Length.CompareTo(pb.Length);
    }
}
