using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Text;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;

namespace StatusBot.Teams.Cards;

/// <summary>A clickable row per goal (badge, number and title), shared by the list and "menade du" cards.</summary>
public static class GoalRows
{
    public const int MaxTitleChars = 250;

    /// <summary>
    /// The row opens the goal's status card (Action.Execute "visaMal"). With <paramref name="showSource"/> the
    /// row also names its plan, for lists that span nämnder or years.
    /// </summary>
    public static ColumnSet Row(Plan plan, Goal goal, bool showSource)
    {
        // A row is a pointer to the goal, not the goal itself: a runaway title must not crowd out the others.
        var text = new List<CardElement> { Blocks.Strong(TextShortener.Shorten(goal.DisplayLabel, MaxTitleChars)) };
        text.Add(Blocks.Small(showSource ? $"{GoalLabels.LevelAndNumber(goal)} · {GoalLabels.Source(plan)}" : GoalLabels.LevelAndNumber(goal)));
        return new ColumnSet
        {
            Separator = true,
            Spacing = Spacing.Small,
            SelectAction = GoalActions.ShowGoal(goal.Id, $"Visa {GoalLabels.LevelAndNumber(goal)}"),
            Columns =
            [
                new Column { Width = ColumnWidth.Px(140), Items = [StatusBadge.Element(goal.LatestAssessment?.Bedomning)] },
                new Column { Width = ColumnWidth.Stretch, VerticalContentAlignment = VerticalAlignment.Center, Items = text },
            ],
        };
    }

    /// <summary>True when the goals come from more than one plan, so each row must say which.</summary>
    public static bool SpanPlans(IEnumerable<(Plan plan, Goal goal)> goals) =>
        goals.Select(g => g.plan.Id).Distinct().Skip(1).Any();
}
