using StatusBot.Application.ReadModel;
using StatusBot.Application.Text;

namespace StatusBot.Application.Conversation.Organisations;

/// <summary>
/// Matches an organisation as people write it ("Hägersten-Älvsjö", "enskede årsta vantör", "Älvsjö") against the
/// full names the plans carry ("Hägersten-Älvsjö stadsdelsnämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd").
/// Every word of the hint must start, be started by (genitive "-s"), or be within a typo of a word of the name.
/// </summary>
public static class OrganisationMatcher
{
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "stadsdelsnamnd", "stadsdelsnamnden", "stadsdelsnamnds", "stadsdelsforvaltning", "stadsdelsforvaltningen",
        "sdn", "sdf", "namnd", "namnden", "forvaltning", "forvaltningen",
    };

    /// <summary>The best matching organisations (several when the hint is equally good for each), or none.</summary>
    public static IReadOnlyList<string> Match(string? hint, IEnumerable<string> organisations)
    {
        var hintWords = Words(hint);
        if (hintWords.Count == 0) return [];
        var scored = new List<(string Organisation, int Score)>();
        foreach (var organisation in organisations)
        {
            var nameWords = Words(organisation);
            if (nameWords.Count == 0) continue;
            var score = 0;
            var all = true;
            foreach (var h in hintWords)
            {
                var best = nameWords.Max(n => WordScore(h, n));
                if (best == 0) { all = false; break; }
                score += best;
            }
            if (!all) continue;
            // Fewer name words left unexplained is a closer match: "Älvsjö" prefers "Älvsjö sdn" to "Hägersten-Älvsjö".
            scored.Add((organisation, score * 10 - Math.Max(0, nameWords.Count - hintWords.Count)));
        }
        if (scored.Count == 0) return [];
        var top = scored.Max(s => s.Score);
        return scored.Where(s => s.Score == top).Select(s => s.Organisation).ToArray();
    }

    private static int WordScore(string hint, string name)
    {
        if (hint == name) return 3;
        if (hint.Length >= 3 && name.StartsWith(hint, StringComparison.Ordinal)) return 2;
        if (name.Length >= 4 && hint.StartsWith(name, StringComparison.Ordinal)) return 2;
        var allowed = EditDistance.AllowedFor(Math.Min(hint.Length, name.Length));
        return allowed > 0 && EditDistance.Bounded(hint, name, allowed) <= allowed ? 1 : 0;
    }

    private static List<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : SwedishText.Words(SwedishText.Fold(text.ToLowerInvariant())).Where(w => !GenericWords.Contains(w)).ToList();
}
