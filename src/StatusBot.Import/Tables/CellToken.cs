using System.Text.RegularExpressions;

namespace StatusBot.Import.Tables;

/// <summary>A word of a table row, or a gap: an empty cell encoded as one surplus space (DOMAIN §8.7).</summary>
internal readonly partial record struct CellToken(string Text)
{
    public static readonly CellToken Gap = new("");

    public bool IsGap => Text.Length == 0;

    // "2,7", "1945", "+/-1", "77%" (a glued percent), "4.9", "10–20" (a range).
    [GeneratedRegex(@"^(?:\+/-)?[+-]?\d+(?:[,.]\d+)?(?:[–-]\d+(?:[,.]\d+)?)?%?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\d+(?:[,.]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumberPattern();

    public bool IsNumber => !IsGap && NumberPattern().IsMatch(Text);

    /// <summary>Digits with an optional decimal part and nothing else.</summary>
    public bool IsBareNumber => !IsGap && BareNumberPattern().IsMatch(Text);

    public override string ToString() => IsGap ? "␣" : Text;
}
