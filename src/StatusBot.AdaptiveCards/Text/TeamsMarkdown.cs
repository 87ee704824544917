using System.Text;
using System.Text.RegularExpressions;

namespace StatusBot.AdaptiveCards.Text;

/// <summary>
/// Makes document and user text inert inside a TextBlock or Fact, where Teams interprets a markdown subset
/// (bold, italic, links, lists) and replaces &lt;at&gt;…&lt;/at&gt; with mentions. Without this, an activity titled
/// "[klicka](https://evil)" would render as a disguised link, and "&lt;at&gt;Alla&lt;/at&gt;" could notify people.
/// The escapes are CommonMark backslash escapes, which Teams' renderers honour and show without the backslash.
/// </summary>
public static partial class TeamsMarkdown
{
    // Characters that open markdown or HTML constructs anywhere on a line: links and images ([ ] ( ); escaping
    // "(" too means "](" never stands together, even for a renderer that ignores backslash escapes), emphasis
    // (* _), strikethrough (~), code (`), tables (|), HTML tags, mentions and autolinks (< >), entities (&), the text
    // functions Adaptive Cards expand before markdown ("{{DATE(…)}}"), and the backslash itself so that
    // existing backslashes stay literal.
    private const string InlineSpecials = "\\[]()*_~`|<>&{";

    // Block constructs only count at the start of a line (lines are trimmed first): headings (#), bullets
    // (- +; * and > are escaped already), setext underlines (= -), and numbered items ("1. "; "1)" has its
    // parenthesis escaped already) but not "3.6.1", which is no list.
    [GeneratedRegex(@"^([#+=-]|\d{1,9}\.(?=\s|$))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LineStartMarker();

    // A backslash before ASCII punctuation is a CommonMark escape; anything else is a literal backslash.
    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])", RegexOptions.CultureInvariant)]
    private static partial Regex Escaped();

    /// <summary>Escapes <paramref name="text"/> so that it renders literally in a TextBlock or Fact.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var normalized = NormalizeLines(text);
        var sb = new StringBuilder(normalized.Length + 16);
        foreach (var c in normalized)
        {
            if (InlineSpecials.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        // Line-start markers not escaped above: "#", "-", "+", "=", and the dot of "1.".
        return LineStartMarker().Replace(sb.ToString(), m =>
            char.IsDigit(m.Value[0]) ? m.Value[..^1] + "\\." : "\\" + m.Value);
    }

    /// <summary>What a reader sees: the text with markdown escapes removed (for plain-text rendering).</summary>
    public static string Unescape(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Escaped().Replace(text, "$1");

    /// <summary>
    /// Newlines become \n, and leading indentation is dropped: four spaces would start a code block.
    /// Document text is already whitespace-normalised, so this loses nothing a reader would miss.
    /// </summary>
    private static string NormalizeLines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++) lines[i] = lines[i].TrimStart(' ', '\t').TrimEnd();
        return string.Join('\n', lines);
    }
}
