using System.Text.RegularExpressions;

namespace StatusBot.Import.Structure;

/// <summary>
/// KF's three inriktningsmål. Their headings can run straight into prose with no blank line (hagersten
/// L403–405), so the heading is matched against these titles instead of being read up to a blank line.
/// </summary>
internal static partial class InriktningsmalTitles
{
    private const double MinimumWordShare = 0.75;
    private const int SearchWindow = 3;

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static readonly IReadOnlyList<string> Known =
    [
        "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden",
        "Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning",
        "Ett Stockholm med en stabil och hållbar ekonomi med utbildning, jobb och bostäder för alla",
    ];

    /// <summary>
    /// Finds the known title that <paramref name="text"/> starts with (ignoring case, spaces, hyphens and a final
    /// full stop) and returns how many characters of <paramref name="text"/> it covers.
    /// </summary>
    public static bool TryMatchStart(string text, out int titleIndex, out int length)
    {
        for (var t = 0; t < Known.Count; t++)
        {
            var key = TitleKey.Of(Known[t]);
            var consumed = 0;
            var matched = 0;
            while (consumed < text.Length && matched < key.Length)
            {
                var c = text[consumed];
                if (TitleKey.Ignored(c)) { consumed++; continue; }
                if (char.ToLowerInvariant(c) != key[matched]) break;
                consumed++;
                matched++;
            }
            if (matched == key.Length)
            {
                if (consumed < text.Length && text[consumed] == '.') consumed++;
                titleIndex = t;
                length = consumed;
                return true;
            }
        }
        titleIndex = -1;
        length = 0;
        return false;
    }

    /// <summary>
    /// For wording that drifts ("…bostäder åt alla" for "…bostäder för alla"): aligns the words of each known title
    /// in order with the start of <paramref name="text"/>, each within a few words of the previous match. Succeeds
    /// when three quarters of the title's words are found, including its first and last word; the title then ends
    /// after the text's word that matched the last one, so the printed wording is kept.
    /// </summary>
    public static bool TryMatchApproximately(string text, out int titleIndex, out int length)
    {
        var words = Word().Matches(text).Select(m => (m.Index, End: m.Index + m.Length, Key: Normalise(m.Value))).ToList();
        titleIndex = -1;
        length = 0;
        var bestShare = 0.0;
        for (var t = 0; t < Known.Count; t++)
        {
            var known = Word().Matches(Known[t]).Select(m => Normalise(m.Value)).ToList();
            int next = 0, matched = 0, firstAt = -1, lastAt = -1;
            var lastKnownMatched = false;
            for (var k = 0; k < known.Count; k++)
            {
                var at = -1;
                for (var p = next; p < words.Count && p < next + SearchWindow; p++)
                    if (words[p].Key == known[k]) { at = p; break; }
                if (at < 0) continue;
                matched++;
                if (firstAt < 0) firstAt = at;
                lastAt = at;
                next = at + 1;
                lastKnownMatched = k == known.Count - 1;
            }
            var share = (double)matched / known.Count;
            if (firstAt != 0 || !lastKnownMatched || share < MinimumWordShare || share <= bestShare) continue;
            bestShare = share;
            titleIndex = t;
            length = words[lastAt].End;
        }
        return titleIndex >= 0;
    }

    private static string Normalise(string word) => word.Trim('.', ',', ';', ':').ToLowerInvariant();
}
