using System.Text;

namespace StatusBot.Import.Structure;

/// <summary>
/// Comparison key for goal titles: lower case with spaces, hyphens/dashes and trailing punctuation removed, so
/// that "verksamhetsutveck- lingen" and "verksamhetsutvecklingen" or a title with a final full stop compare equal
/// (DOMAIN §2.2, §8.8). Source spelling is otherwise kept: typos are not corrected.
/// </summary>
public static class TitleKey
{
    public static bool Ignored(char c) => char.IsWhiteSpace(c) || c is '-' or '\u2013' or '\u2014' or '\u00AD';

    public static string Of(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var c in title.Trim().TrimEnd('.', ':', ';', ','))
            if (!Ignored(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
