using System.Net;
using System.Text.RegularExpressions;

namespace StatusBot.Application.Conversation.Understanding;

/// <summary>
/// Cleans a Teams message before it is read: the bot's own @mention ("&lt;at&gt;StatusBot&lt;/at&gt;"), other
/// markup, HTML entities and runs of whitespace. Teams usually strips the mention already; do it again defensively.
/// </summary>
internal static partial class MessageText
{
    [GeneratedRegex(@"<at>[^<]{0,200}</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Mention();

    [GeneratedRegex(@"<[^<>]{0,300}>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\s*@\S+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PlainMention();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Whitespace();

    public static string Clean(string text)
    {
        var t = Mention().Replace(text, " ");
        t = Tag().Replace(t, " ");
        t = WebUtility.HtmlDecode(t);
        t = PlainMention().Replace(t, " ");
        return Whitespace().Replace(t, " ").Trim();
    }
}
