using StatusBot.Application.ReadModel;
using StatusBot.Application.Text;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>
/// Which of a goal's indicators a question names: the one whose name covers most of the question's words, and of
/// those the one with the fewest other words ("sjukfrånvaro" is "Sjukfrånvaro", not "Sjukfrånvaro dag 1-14").
/// </summary>
internal static class IndicatorMatch
{
    public static Indicator? Best(Goal goal, string query, string? matchedName)
    {
        if (goal.Indicators.Count == 0) return null;
        var words = Stems(query);
        Indicator? best = null;
        var bestScore = double.MinValue;
        foreach (var indicator in goal.Indicators)
        {
            var name = Stems(indicator.Name);
            var covered = words.Count(w => name.Any(n => Related(w, n)));
            var score = covered - 0.01 * (name.Count - covered)
                        + (string.Equals(indicator.Name, matchedName, StringComparison.Ordinal) ? 0.001 : 0);
            if (score > bestScore) (best, bestScore) = (indicator, score);
        }
        if (bestScore > 0) return best;
        // No name shares a word with the question: the one the search matched, if any.
        return matchedName is null ? null : goal.Indicators.FirstOrDefault(i => i.Name == matchedName) ?? best;
    }

    internal static bool Related(string a, string b)
    {
        (a, b) = (Bare(a), Bare(b));
        return a == b || (a.Length >= 5 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length >= 5 && a.StartsWith(b, StringComparison.Ordinal))
        || (Math.Min(a.Length, b.Length) >= 5 && EditDistance.Bounded(a, b, 2) <= EditDistance.AllowedFor(Math.Min(a.Length, b.Length)));
    }

    /// <summary>Without the definite ending the stemmer keeps ("matavfallet" → "matavfall").</summary>
    private static string Bare(string stem) =>
        stem.Length > 7 && (stem.EndsWith("et", StringComparison.Ordinal) || stem.EndsWith("en", StringComparison.Ordinal)) ? stem[..^2] : stem;

    /// <summary>The content words as typed, lower case and folded (for typos the stemmer would split differently).</summary>
    internal static List<string> Words(string text) =>
        SwedishText.Words(text.ToLowerInvariant()).Where(w => !StopWords.Contains(w)).Select(SwedishText.Fold).ToList();

    internal static List<string> Stems(string text) =>
        SwedishText.Words(text.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w))
            .Select(w => SwedishText.Fold(SwedishStemming.Stem(w)))
            .ToList();
}
