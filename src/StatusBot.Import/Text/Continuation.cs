namespace StatusBot.Import.Text;

/// <summary>
/// Decides whether text interrupted by a page break or a repeated table header goes on: the text before ends
/// mid-sentence and the text after starts in lower case (enskede L1648 "…utan att ha en" / header /
/// "genuin vilja…"). A new paragraph, row or heading starts with a capital or follows a full stop.
/// </summary>
internal static class Continuation
{
    public static bool IsSentenceContinuation(string before, string after)
    {
        var b = before.TrimEnd();
        var a = after.TrimStart();
        if (b.Length == 0 || a.Length == 0) return false;
        if (b[^1] is '.' or '!' or '?' or ':' or ';') return false;
        return char.IsLower(a[0]);
    }

    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?';
    }
}
