using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>
/// Splits a "Förväntat resultat" part into items. Bullets vary (DOMAIN §8.10): "•", "- ", "-" glued to the word,
/// the Symbol-font U+F0B7, "–". Each bullet starts an item and wrapped lines continue it, also across a blank line
/// when the sentence clearly goes on. Without bullets (the enhetsmål of stod), each paragraph is an item; an
/// introduction before the first bullet ("…förutsättningar att utveckla:") is kept as an item of its own.
/// </summary>
internal static class ExpectedResultsParser
{
    private static readonly string[] Bullets = ["•", "\uF0B7", "·", "–", "-", "*"];

    public static List<string> Parse(IReadOnlyList<SourceLine> lines, Vocabulary vocabulary)
    {
        var items = new List<List<SourceLine>>();
        var blankSince = true;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                blankSince = true;
                continue;
            }
            var text = line.Text;
            var bullet = Bullets.FirstOrDefault(b => text.StartsWith(b, StringComparison.Ordinal) && IsBulletOf(text, b));
            if (bullet is not null)
            {
                var rest = text[bullet.Length..].TrimStart();
                items.Add([new SourceLine(line.Number, rest + (line.EndsWithSpace ? " " : ""))]);
            }
            else if (items.Count == 0 || (blankSince && !Continuation.IsSentenceContinuation(items[^1][^1].Text, text)))
            {
                items.Add([line]);
            }
            else
            {
                items[^1].Add(line);
            }
            blankSince = false;
        }
        return items.Select(i => LineJoiner.JoinText(i, vocabulary)).Where(t => t.Length > 0).ToList();
    }

    /// <summary>A hyphen is a bullet when a word follows it, not when it is part of a word ("-15 %" stays text).</summary>
    private static bool IsBulletOf(string text, string bullet)
    {
        if (bullet is not ("-" or "–" or "*")) return true;
        var rest = text[bullet.Length..];
        return rest.Length > 0 && (rest[0] == ' ' || char.IsLetter(rest[0]));
    }
}
