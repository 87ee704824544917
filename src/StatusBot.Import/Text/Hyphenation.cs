namespace StatusBot.Import.Text;

/// <summary>
/// A line that ends in "-" with no trailing space continues the word on the next line (DOMAIN §8.8). Whether the
/// hyphen is kept is decided in this order:
/// <list type="number">
/// <item>The next line starts with a capital or digit ("Seniorhälsan-Västertorpsträffen"), or the hyphen follows a
/// digit or capital ("14-dagarsperiod", "SIP-samordnare"): a real hyphen, kept.</item>
/// <item>The document spells the hyphenated compound elsewhere ("regi-verksamheter"): kept.</item>
/// <item>The document has the joined word elsewhere, also inflected ("verksamhetsutvecklingen"): soft, dropped.</item>
/// <item>The part before the hyphen is a word of its own elsewhere in the document ("regi"): a compound joint, kept.</item>
/// <item>Otherwise the part before the hyphen is a word fragment ("gymnasie-"/"åldern"): soft, dropped.</item>
/// </list>
/// The raw hyphen is never needed for matching: titles are compared with hyphens and spaces removed.
/// </summary>
internal static class Hyphenation
{
    /// <param name="beforeHyphen">The text before the final "-" (may hold several words).</param>
    /// <param name="after">The next line, leading spaces removed.</param>
    public static bool KeepHyphen(string beforeHyphen, string after, Vocabulary vocabulary)
    {
        if (beforeHyphen.Length == 0 || after.Length == 0) return true;
        var last = beforeHyphen[^1];
        if (char.IsDigit(last) || char.IsUpper(last) || !char.IsLetter(last)) return true;
        if (!char.IsLower(after[0])) return true;

        var prefix = LastWord(beforeHyphen);
        var suffix = FirstWord(after);
        if (prefix.Length == 0 || suffix.Length == 0) return true;
        if (vocabulary.Contains(prefix + "-" + suffix)) return true;
        if (vocabulary.HasWordStartingWith(prefix + suffix)) return false;
        if (vocabulary.Contains(prefix)) return true;
        return false;
    }

    private static string LastWord(string text)
    {
        var i = text.Length;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        // Only the letters right before the hyphen: in "Hägersten-Älvsjö-" the last part is the word in question.
        return text[i..];
    }

    private static string FirstWord(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-')) i++;
        return text[..i].TrimEnd('-');
    }
}
