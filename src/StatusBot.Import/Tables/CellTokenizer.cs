namespace StatusBot.Import.Tables;

internal static class CellTokenizer
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
