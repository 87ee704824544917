using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Goals;

namespace StatusBot.Teams.Cards;

/// <summary>
/// One indicator: årsmål, KF:s årsmål, periodicitet, direction, the outcome of each period with the trend, and the
/// goal it belongs to (a button opens the goal). A period asked about but not reported says so rather than
/// showing another period's value.
/// </summary>
public static class IndicatorCard
{
    public static AdaptiveCard Build(Plan plan, Goal goal, Indicator indicator, ReportingPeriod? asked)
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"{indicator.Name}: årsmål {indicator.Target.Display}",
        };
        card.Body.Add(Blocks.Small($"Indikator · {GoalLabels.LevelAndNumber(goal)}"));
        card.Body.Add(Blocks.Title(indicator.Name));
        card.Body.Add(Blocks.Subtle(GoalLabels.Source(plan)));
        var facts = new List<Fact>
        {
            Blocks.Fact("Årsmål", indicator.Target.Display),
            Blocks.Fact("KF:s årsmål", indicator.KfTarget.Display),
            Blocks.Fact("Periodicitet", indicator.Periodicity == Periodicity.Tertial ? "Tertial" : "År"),
            Blocks.Fact("Riktning", indicator.Direction switch
            {
                Direction.Higher => "Högre är bättre",
                Direction.Lower => "Lägre är bättre",
                _ => "–",
            }),
        };
        foreach (var outcome in indicator.Outcomes.OrderBy(o => o.Period))
            facts.Add(Blocks.Fact($"Utfall {outcome.Period}", IndicatorText.TotalWithSplit(outcome)));
        if (asked is { } period && indicator.OutcomeFor(period) is null)
            facts.Add(Blocks.Fact($"Utfall {period}", "Inte rapporterat"));
        if (IndicatorText.Trend(indicator) is { } trend) facts.Add(Blocks.Fact("Trend", trend));
        card.Body.Add(new FactSet { Spacing = Spacing.Medium, Facts = facts });
        card.Body.Add(Blocks.Small($"Hör till {goal.DisplayLabel}"));
        card.Actions.Add(GoalActions.ShowGoal(goal.Id, $"Visa {GoalLabels.LevelAndNumber(goal)}"));
        card.Actions.Add(GoalActions.ShowIndicators(goal.Id));
        return card;
    }
}
