using StatusBot.AdaptiveCards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Domain.Goals;

namespace StatusBot.Teams.Cards;

/// <summary>
/// "Mål under inriktningsmål 3", "vad hör 3.6.1 till?", "visa målträdet": rows grouped by level, each with its
/// status badge and opening the goal's status card. Long trees show their first rows and say how to narrow down.
/// </summary>
public static class GoalTreeCard
{
    public const int DefaultMaxRows = 30;

    public static AdaptiveCard Build(GoalTreeAnswer tree, int maxRows = DefaultMaxRows)
    {
        int[] limits = [maxRows, Math.Max(1, maxRows / 2), Math.Max(1, maxRows / 4)];
        return CardBudget.FirstThatFits(limits, rows => BuildWithRows(tree, rows));
    }

    private static AdaptiveCard BuildWithRows(GoalTreeAnswer tree, int maxRows)
    {
        var card = new AdaptiveCard { MsTeams = TeamsCardProperties.FullWidth, FallbackText = $"{tree.Heading}: {tree.Rows.Count} mål" };
        card.Body.Add(Blocks.Title(tree.Heading));
        if (tree.Rows.Count == 0)
        {
            card.Body.Add(Blocks.Text(tree.Direction == TreeDirection.Parents ? "Målet ligger högst upp i målträdet." : "Inga mål ligger under det här målet."));
            return card;
        }
        if (tree.Rows.Select(r => r.Plan.Id).Distinct().Count() == 1)
            card.Body.Add(Blocks.Subtle(GoalLabels.Source(tree.Rows[0].Plan)));
        var shown = tree.Rows.Take(maxRows).ToArray();
        // Grouped by level only for the whole tree; children and parents are one level each (or a short chain).
        if (tree.Direction == TreeDirection.Whole)
        {
            foreach (var level in shown.GroupBy(r => r.Goal.Level).OrderBy(g => g.Key))
            {
                card.Body.Add(Blocks.SectionHeading(Plural(level.Key)));
                card.Body.AddRange(level.Select(r => GoalRows.Row(r.Plan, r.Goal, showSource: false)));
            }
        }
        else
        {
            card.Body.AddRange(shown.Select(r => GoalRows.Row(r.Plan, r.Goal, showSource: false)));
        }
        if (tree.Rows.Count > maxRows)
            card.Body.Add(Blocks.Subtle($"…och {tree.Rows.Count - maxRows} till. Fråga om en del av trädet, t.ex. \"mål under 3.6\"."));
        if (tree.Focus is { } focus)
            card.Actions.Add(GoalActions.ShowGoal(focus.Goal.Id, $"Visa {GoalLabels.LevelAndNumber(focus.Goal)}"));
        return card;
    }

    private static string Plural(GoalLevel level) => level switch
    {
        GoalLevel.Inriktningsmal => "Inriktningsmål",
        GoalLevel.Verksamhetsomradesmal => "Verksamhetsområdesmål",
        GoalLevel.Namndmal => "Nämndmål",
        _ => "Enhetsmål",
    };
}
