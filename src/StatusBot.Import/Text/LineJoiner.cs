using System.Text;
using System.Text.RegularExpressions;

namespace StatusBot.Import.Text;

/// <summary>
/// Joins wrapped lines back together. The export's convention: a line that ends with a space ends a word; a line
/// that ends without one continues the word on the next line ("nämnd/styrel" + "se"), and a final hyphen is kept
/// or dropped by <see cref="Hyphenation"/>. Blank lines between the pieces are skipped (cells wrap across them).
/// </summary>
internal static partial class LineJoiner
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>One line of display text: whitespace normalised to single spaces, source spelling kept.</summary>
    public static string JoinText(IEnumerable<SourceLine> lines, Vocabulary vocabulary) =>
        Whitespace().Replace(Join(lines, vocabulary, keepSpacing: false), " ").Trim();

    /// <summary>
    /// A table row as one string that keeps the spacing between cells: k spaces between two values mean k−1 empty
    /// cells, also across a line break, where the next line's leading spaces count ("livsmedel " + "  1,5 kg" = two
    /// empty cells, DOMAIN §8.7).
    /// </summary>
    public static string JoinCells(IEnumerable<SourceLine> lines, Vocabulary vocabulary) =>
        Join(lines, vocabulary, keepSpacing: true).TrimEnd();

    private static string Join(IEnumerable<SourceLine> lines, Vocabulary vocabulary, bool keepSpacing)
    {
        var sb = new StringBuilder();
        var previousEndsWord = true;
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            var raw = line.Raw;
            if (sb.Length == 0)
            {
                sb.Append(raw.TrimStart());
            }
            else if (previousEndsWord)
            {
                // The line break itself is one word end; only the next line's leading spaces can mark empty cells
                // (surplus spaces at a line's end are too common in prose to mean anything).
                while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
                sb.Append(' ');
                sb.Append(keepSpacing ? raw : raw.TrimStart());
            }
            else
            {
                AppendContinuation(sb, raw.TrimStart(), vocabulary);
            }
            previousEndsWord = line.EndsWithSpace;
        }
        return sb.ToString();
    }

    private static void AppendContinuation(StringBuilder sb, string next, Vocabulary vocabulary)
    {
        if (sb[^1] == '-')
        {
            var before = sb.ToString(0, sb.Length - 1);
            if (before.Length > 0 && before[^1] == ' ')
            {
                // "insats -" + " Funktionsnedsättning": a dash between words, not a word break.
                sb.Append(' ').Append(next);
                return;
            }
            if (!Hyphenation.KeepHyphen(before, next, vocabulary)) sb.Length--;
            sb.Append(next);
            return;
        }
        // A word cut without a hyphen; a leading space on the next line is the page-start artefact (§8.3).
        sb.Append(next);
    }
}
