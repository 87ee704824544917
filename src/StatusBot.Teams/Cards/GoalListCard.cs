using StatusBot.AdaptiveCards.Model;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;
using StatusBot.AdaptiveCards;

namespace StatusBot.Teams.Cards;

/// <summary>"Mina mål", "vilka mål uppfylls inte?": goals as rows with a status badge, each opening its card.</summary>
public static class GoalListCard
{
    public const int DefaultMaxRows = 25;

    /// <param name="maxRows">Rows shown at most; fewer when that many would not fit Teams' size limit.</param>
    public static AdaptiveCard Build(string heading, IReadOnlyList<(Plan plan, Goal goal)> goals, int maxRows = DefaultMaxRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        int[] limits = [maxRows, Math.Max(1, maxRows / 2), Math.Max(1, maxRows / 4)];
        return CardBudget.FirstThatFits(limits, rows => BuildWithRows(heading, goals, rows));
    }

    private static AdaptiveCard BuildWithRows(string heading, IReadOnlyList<(Plan plan, Goal goal)> goals, int maxRows)
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"{heading}: {goals.Count} mål",
        };
        card.Body.Add(Blocks.Title(heading));
        if (goals.Count == 0)
        {
            card.Body.Add(Blocks.Text("Inga mål att visa."));
            return card;
        }

        var spanPlans = GoalRows.SpanPlans(goals);
        card.Body.Add(Blocks.Subtle(Summary(goals, spanPlans)));
        card.Body.AddRange(goals.Take(maxRows).Select(g => GoalRows.Row(g.plan, g.goal, spanPlans)));
        if (goals.Count > maxRows)
            card.Body.Add(Blocks.Subtle($"…och {goals.Count - maxRows} till. Fråga mer precist, t.ex. om ett verksamhetsområde, för att se dem."));
        return card;
    }

    /// <summary>"12 mål · 9 uppfylls helt, 2 uppfylls delvis, 1 ej bedömd · Hägersten-Älvsjö stadsdelsnämnd · Verksamhetsplan 2024".</summary>
    private static string Summary(IReadOnlyList<(Plan plan, Goal goal)> goals, bool spanPlans)
    {
        var counts = goals
            .GroupBy(g => g.goal.LatestAssessment?.Bedomning)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => $"{g.Count()} {(g.Key is { } b ? b.Label().ToLowerInvariant() : g.Count() == 1 ? "ej bedömd" : "ej bedömda")}");
        var parts = new List<string> { $"{goals.Count} mål", string.Join(", ", counts) };
        if (!spanPlans) parts.Add(GoalLabels.Source(goals[0].plan));
        return string.Join(" · ", parts);
    }
}
