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
    /// The row's title opens the goal's status card (Action.Execute "visaMal"). With <paramref name="showSource"/>
    /// the row also names its plan, for lists that span nämnder or years. The badge stands on its own line above the
    /// title: beside it, the title's column is too narrow on a phone and long Swedish words break inside themselves.
    /// </summary>
    public static Container Row(Plan plan, Goal goal, bool showSource)
    {
        // A row is a pointer to the goal, not the goal itself: a runaway title must not crowd out the others.
        var title = TextShortener.Shorten(goal.DisplayLabel, MaxTitleChars);
        var source = showSource ? $"{GoalLabels.LevelAndNumber(goal)} · {GoalLabels.Source(plan)}" : GoalLabels.LevelAndNumber(goal);
        return new Container
        {
            Separator = true,
            Spacing = Spacing.Small,
            Items =
            [
                new ColumnSet { Columns = [new Column { Width = ColumnWidth.Auto, Items = [StatusBadge.Element(goal.LatestAssessment?.Bedomning)] }] },
                // Only the title is the link: a link's accessible name (the action's title) must contain the text it
                // shows (WCAG 2.5.3), which a whole-row link around badge, title and source cannot do.
                new Container { Spacing = Spacing.Small, SelectAction = GoalActions.ShowGoal(goal.Id, $"Visa {title}"), Items = [Blocks.Strong(title)] },
                Blocks.Small(source),
            ],
        };
    }

    /// <summary>True when the goals come from more than one plan, so each row must say which.</summary>
    public static bool SpanPlans(IEnumerable<(Plan plan, Goal goal)> goals) =>
        goals.Select(g => g.plan.Id).Distinct().Skip(1).Any();
}
