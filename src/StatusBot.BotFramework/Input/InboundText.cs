using System.Text;

namespace StatusBot.BotFramework.Input;

/// <summary>
/// The one character policy at the protocol boundary. Free text (message text, card values, display names) loses
/// its unsafe characters; an identifier that contains one is refused, because a changed id would silently name
/// someone else. Public so the app can apply the same rule to text from other sources (Graph, CLI).
/// </summary>
/// <remarks>
/// Why removed and not rejected in free text: a user pasting from Word or a PDF brings zero-width and bidi
/// characters along by accident; refusing their answer helps no one. They are removed because they make text
/// render differently from what is stored (an RLO reverses "1.6.3"), make equal-looking UPNs differ, and break
/// PostgreSQL (NUL) and UTF-8 encoders (lone surrogates). Zero-width joiners inside emoji sequences go too; the
/// emoji stay, shown side by side.
/// </remarks>
public static class InboundText
{
    /// <summary>
    /// What kind of unsafe character <paramref name="c"/> is, or null if it is allowed on its own. Surrogates are
    /// judged by <see cref="Clean"/> and <see cref="IsClean"/>, which see whether a pair is complete.
    /// </summary>
    public static UnsafeCharacterKind? Classify(char c) => c switch
    {
        '\t' or '\n' or '\r' => null,
        < '\u0020' or (>= '\u007f' and <= '\u009f') => UnsafeCharacterKind.ControlCharacter,
        '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') => UnsafeCharacterKind.BidiControl,
        '\u00ad' or '\u180e' or (>= '\u200b' and <= '\u200d') or (>= '\u2060' and <= '\u2064') or '\ufeff' => UnsafeCharacterKind.ZeroWidth,
        '\ufffd' => UnsafeCharacterKind.LoneSurrogate,
        _ => null,
    };

    /// <summary>True when <paramref name="value"/> has no unsafe character (and no lone surrogate).</summary>
    public static bool IsClean(string value) => FirstUnsafe(value) < 0;

    /// <summary>
    /// <paramref name="value"/> without its unsafe characters; <paramref name="report"/> (if given) counts what went.
    /// Returns the same instance when nothing had to go.
    /// </summary>
    public static string Clean(string value, InputReport? report = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var first = FirstUnsafe(value);
        if (first < 0) return value;
        var builder = new StringBuilder(value.Length);
        builder.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }
            var kind = char.IsSurrogate(c) ? UnsafeCharacterKind.LoneSurrogate : Classify(c);
            if (kind is null) builder.Append(c);
            else report?.Count(kind.Value);
        }
        return builder.ToString();
    }

    private static int FirstUnsafe(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || Classify(c) is not null) return i;
        }
        return -1;
    }
}
