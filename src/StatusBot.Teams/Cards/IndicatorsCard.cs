using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;
using StatusBot.AdaptiveCards;

namespace StatusBot.Teams.Cards;

/// <summary>All indicators of one goal in a table: Indikator, Utfall (with kön split), Årsmål, KF:s årsmål, Periodicitet.</summary>
public static class IndicatorsCard
{
    public const int MaxRows = 40;

    // Indicator names are long; if 40 rows would not fit Teams' size limit, fewer rows are shown.
    private static readonly int[] RowLimits = [MaxRows, 20, 10];

    private static readonly string[] Headers = ["Indikator", "Utfall", "Årsmål", "KF:s årsmål", "Periodicitet"];

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
            card.Body.Add(Table(goal.Indicators.Take(maxRows)));
        if (goal.Indicators.Count > maxRows) card.Body.Add(Blocks.More(goal.Indicators.Count - maxRows));
        card.Actions.Add(GoalActions.ShowGoal(goal.Id, "Visa målet"));
        return card;
    }

    private static Table Table(IEnumerable<Indicator> indicators)
    {
        var table = new Table
        {
            Spacing = Spacing.Medium,
            Columns =
            [
                new TableColumnDefinition { Width = ColumnWidth.Relative(4) },
                new TableColumnDefinition { Width = ColumnWidth.Relative(3) },
                new TableColumnDefinition { Width = ColumnWidth.Relative(2) },
                new TableColumnDefinition { Width = ColumnWidth.Relative(2) },
                new TableColumnDefinition { Width = ColumnWidth.Relative(2) },
            ],
        };
        table.Rows.Add(new TableRow { Style = ContainerStyle.Emphasis, Cells = [.. Headers.Select(h => Cell(Blocks.Strong(h)))] });
        table.Rows.AddRange(indicators.Select(Row));
        return table;
    }

    private static TableRow Row(Indicator indicator) => new()
    {
        Cells =
        [
            Cell(Blocks.Text(indicator.Name)),
            new TableCell { Items = OutcomeItems(indicator) },
            Cell(Blocks.Text(indicator.Target.Display)),
            Cell(Blocks.Text(indicator.KfTarget.Display)),
            Cell(Blocks.Text(indicator.Periodicity.Token())),
        ],
    };

    /// <summary>The latest total, then its kön split and period on smaller lines.</summary>
    private static List<CardElement> OutcomeItems(Indicator indicator)
    {
        if (IndicatorText.Latest(indicator) is not { } latest) return [Blocks.Subtle(IndicatorText.NotReported)];
        var items = new List<CardElement> { Blocks.Text(IndicatorText.Total(latest)) };
        if (latest.Men is { } men) items.Add(Blocks.Small($"män {men.Display}"));
        if (latest.Women is { } women) items.Add(Blocks.Small($"kvinnor {women.Display}"));
        items.Add(Blocks.Small(latest.Period.ToString()));
        return items;
    }

    private static TableCell Cell(CardElement element) => new() { Items = [element] };
}
