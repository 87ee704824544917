using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;
using StatusBot.AdaptiveCards;

namespace StatusBot.Teams.Cards;

/// <summary>All indicators of one goal, each with its Utfall (with kön split), Årsmål, KF:s årsmål and Periodicitet.</summary>
public static class IndicatorsCard
{
    public const int MaxRows = 40;

    // Indicator names are long; if 40 rows would not fit Teams' size limit, fewer rows are shown.
    private static readonly int[] RowLimits = [MaxRows, 20, 10];

    public static AdaptiveCard Build(Plan plan, Goal goal) =>
        CardBudget.FirstThatFits(RowLimits, maxRows => Build(plan, goal, maxRows));

    private static AdaptiveCard Build(Plan plan, Goal goal, int maxRows)
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"Indikatorer för {GoalLabels.LevelAndNumber(goal)}: {goal.Indicators.Count} st",
        };
        card.Body.Add(Blocks.Small($"Indikatorer · {GoalLabels.LevelAndNumber(goal)}"));
        card.Body.Add(Blocks.Title(goal.Title));
        card.Body.Add(Blocks.Subtle(GoalLabels.Source(plan)));
        if (goal.Indicators.Count == 0)
            card.Body.Add(Blocks.Text("Målet har inga indikatorer."));
        else
            card.Body.AddRange(Rows(goal.Indicators.Take(maxRows)));
        if (goal.Indicators.Count > maxRows) card.Body.Add(Blocks.More(goal.Indicators.Count - maxRows));
        card.Actions.Add(GoalActions.ShowGoal(goal.Id, "Visa målet"));
        return card;
    }

    // One block per indicator (name, then its figures as facts) instead of a five-column table: at phone width a
    // table's columns are too narrow for words like "Periodicitet" and the browser breaks them inside (issue 15).
    private static IEnumerable<Container> Rows(IEnumerable<Indicator> indicators) => indicators.Select(Row);

    private static Container Row(Indicator indicator) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            Blocks.Strong(indicator.Name),
            new FactSet
            {
                Spacing = Spacing.Small,
                Facts =
                [
                    Outcome(indicator),
                    Blocks.Fact("Årsmål", indicator.Target.Display),
                    Blocks.Fact("KF:s årsmål", indicator.KfTarget.Display),
                    Blocks.Fact("Periodicitet", indicator.Periodicity.Token()),
                ],
            },
        ],
    };

    /// <summary>"Utfall VB 2023: 78 % (män 80 %, kvinnor 76 %)", or "Utfall: Ej rapporterat".</summary>
    private static Fact Outcome(Indicator indicator) => IndicatorText.Latest(indicator) is { } latest
        ? Blocks.Fact($"Utfall {latest.Period}", IndicatorText.TotalWithSplit(latest))
        : Blocks.Fact("Utfall", IndicatorText.NotReported);
}
