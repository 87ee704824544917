using System.Text.RegularExpressions;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Text;

namespace StatusBot.Application.Conversation.Understanding;

/// <summary>
/// Finds a loaded organisation named anywhere in a question, however it is cased or spelt ("i hägersten",
/// "hagersten alvsjo", "på stöd- och aktivitetsenheten", "stöd och aktivitets enheten"). A mention needs one of the
/// name's distinctive words (five letters or more, not "stadsdelsnämnd"); the name's other words next to it belong
/// to the mention too. Works on the folded lower-case text and reports the spans to blank.
/// </summary>
internal static partial class OrganisationMention
{
    private const int MinKeyLength = 5;

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "stadsdelsnamnd", "stadsdelsnamnden", "stadsdelsnamnds", "stadsdelsforvaltning", "stadsdelsforvaltningen",
        "namnd", "namnden", "forvaltning", "forvaltningen", "enheten", "enhet",
    };

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    public sealed record Found(string Organisation, IReadOnlyList<(int Index, int Length)> Spans);

    public static Found? Find(string folded, IReadOnlyList<string> organisations)
    {
        if (organisations.Count == 0) return null;
        var words = WordPattern().Matches(folded).Select(m => (m.Index, m.Length, Text: m.Value)).ToArray();
        if (words.Length == 0) return null;
        Found? best = null;
        var bestScore = 0;
        var tie = false;
        foreach (var organisation in organisations)
        {
            var nameWords = SwedishText.Words(SwedishText.Fold(organisation.ToLowerInvariant()));
            var keys = nameWords.Where(w => w.Length >= MinKeyLength && !Generic.Contains(w)).ToArray();
            if (keys.Length == 0) continue;
            var used = new bool[words.Length];
            var score = 0;
            for (var i = 0; i < words.Length; i++)
            {
                var joined = i + 1 < words.Length ? words[i].Text + words[i + 1].Text : null;
                if (keys.Any(k => Fits(words[i].Text, k))) { used[i] = true; score += 2; }
                else if (joined is not null && keys.Any(k => joined == k)) { used[i] = used[i + 1] = true; score += 2; i++; }
            }
            if (score == 0) continue;
            // The name's other words (and generic ones like "stadsdelsnämnd") next to a distinctive word are part of it.
            for (var pass = 0; pass < 2; pass++)
                for (var i = 0; i < words.Length; i++)
                {
                    if (used[i]) continue;
                    var nextToMention = (i > 0 && used[i - 1]) || (i + 1 < words.Length && used[i + 1]);
                    if (nextToMention && (nameWords.Contains(words[i].Text) || Generic.Contains(words[i].Text))) used[i] = true;
                }
            if (score > bestScore)
            {
                bestScore = score;
                tie = false;
                best = new Found(organisation, words.Where((_, i) => used[i]).Select(w => (w.Index, w.Length)).ToArray());
            }
            else if (score == bestScore) tie = true;
        }
        return tie ? null : best;
    }

    private static bool Fits(string word, string key)
    {
        if (word == key) return true;
        if (word.Length >= MinKeyLength && (key.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(key, StringComparison.Ordinal)))
            return true;
        var allowed = EditDistance.AllowedFor(Math.Min(word.Length, key.Length));
        return allowed > 0 && word.Length >= MinKeyLength && EditDistance.Bounded(word, key, allowed) <= allowed;
    }
}
