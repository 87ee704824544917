using System.Text.RegularExpressions;

namespace StatusBot.Import.Tables;

/// <summary>A word of a table row, or a gap: an empty cell encoded as one surplus space (DOMAIN §8.7).</summary>
public readonly partial record struct CellToken(string Text)
{
    public static readonly CellToken Gap = new("");

    public bool IsGap => Text.Length == 0;

    // "2,7", "1945", "+/-1", "77%" (a glued percent), "4.9".
    [GeneratedRegex(@"^(?:\+/-)?[+-]?\d+(?:[,.]\d+)?%?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\d+(?:[,.]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumberPattern();

    public bool IsNumber => !IsGap && NumberPattern().IsMatch(Text);

    /// <summary>Digits with an optional decimal part and nothing else.</summary>
    public bool IsBareNumber => !IsGap && BareNumberPattern().IsMatch(Text);

    public override string ToString() => IsGap ? "␣" : Text;
}

public static class CellTokenizer
{
    /// <summary>Splits a joined row; between two words, k spaces yield k−1 gaps. Leading and trailing spaces do not count.</summary>
    public static List<CellToken> Tokenize(string row)
    {
        var tokens = new List<CellToken>();
        var s = row.Trim();
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == ' ')
            {
                var start = i;
                while (i < s.Length && s[i] == ' ') i++;
                for (var g = 0; g < i - start - 1; g++) tokens.Add(CellToken.Gap);
                continue;
            }
            var wordStart = i;
            while (i < s.Length && s[i] != ' ') i++;
            tokens.Add(new CellToken(s[wordStart..i]));
        }
        return tokens;
    }

    public static string Join(IReadOnlyList<CellToken> tokens, int start, int end) =>
        string.Join(' ', tokens.Skip(start).Take(end - start).Where(t => !t.IsGap).Select(t => t.Text));
}
