using StatusBot.AdaptiveCards.Model;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;

namespace StatusBot.Teams.Cards;

/// <summary>
/// When a question names no goal we have: says why ("Jag hittar inget nämndmål 3.6.9 i Hägersten-Älvsjö
/// 2024.") and offers the nearest goals as rows that open their status cards.
/// </summary>
public static class DidYouMeanCard
{
    public const int MaxCandidates = 10;

    /// <param name="asked">The user's words, echoed so they see what was understood.</param>
    /// <param name="candidates">Nearest goals, best first.</param>
    /// <param name="reason">One Swedish sentence on what was not found.</param>
    public static AdaptiveCard Build(string asked, IReadOnlyList<(Plan plan, Goal goal)> candidates, string reason)
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = candidates.Count == 0 ? reason : $"{reason} Menade du: {string.Join("; ", candidates.Take(3).Select(c => c.goal.DisplayLabel))}?",
        };
        card.Body.Add(Blocks.Strong(candidates.Count == 0 ? reason : $"{reason} Menade du:"));
        if (!string.IsNullOrWhiteSpace(asked)) card.Body.Add(Blocks.Small($"Du frågade: ”{asked.Trim()}”"));
        if (candidates.Count == 0)
        {
            card.Body.Add(Blocks.Text("Jag hittar inga liknande mål. Skriv ”hjälp” för att se vad du kan fråga."));
            return card;
        }
        var spanPlans = GoalRows.SpanPlans(candidates);
        card.Body.AddRange(candidates.Take(MaxCandidates).Select(c => GoalRows.Row(c.plan, c.goal, spanPlans)));
        if (candidates.Count > MaxCandidates) card.Body.Add(Blocks.More(candidates.Count - MaxCandidates));
        return card;
    }
}
