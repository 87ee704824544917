namespace StatusBot.AdaptiveCards.Text;

/// <summary>Cuts long prose (analyses) for a card, at a word boundary, marked with an ellipsis.</summary>
public static class TextShortener
{
    /// <summary>True when <paramref name="text"/> is longer than <paramref name="maxChars"/> and would be cut.</summary>
    public static bool IsLonger(string text, int maxChars) => text.Trim().Length > maxChars;

    /// <summary>
    /// The text unchanged when it fits, else at most <paramref name="maxChars"/> characters ending at the last
    /// whole word, followed by "…". A single word longer than the limit is cut hard.
    /// </summary>
    public static string Shorten(string text, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        var t = text.Trim();
        if (t.Length <= maxChars) return t;
        var room = maxChars - 1; // for the ellipsis
        var cut = t.LastIndexOfAny([' ', '\n', '\t'], room);
        var head = (cut > room / 2 ? t[..cut] : t[..room]).TrimEnd(' ', '\n', '\t', ',', ';', ':', '–', '-');
        return head + "…";
    }
}
