using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model.Inputs;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Application.Outcomes;
using StatusBot.Tests.Cards;
using StatusBot.Tests.Support;
using StatusBot.Domain.Outcomes;
using StatusBot.Application.ReadModel;
using StatusBot.AdaptiveCards;

namespace StatusBot.Tests.Outcomes;

/// <summary>The outcome form for every nämndmål of the imported seed documents: Teams can render each one.</summary>
public sealed class SeedOutcomeFormTests
{
    [Fact]
    public void The_form_of_every_seed_namndmal_validates_and_fits_prefilled_with_the_documents_values()
    {
        var cards = new List<StatusBot.AdaptiveCards.Model.AdaptiveCard>();
        foreach (var plan in ImportedSeeds.All)
        foreach (var goal in plan.Goals.Where(g => g.Level == GoalLevel.Namndmal))
        foreach (var kind in new[] { PeriodKind.T2, PeriodKind.VB })
        {
            var period = new ReportingPeriod(plan.Year, kind);
            var card = OutcomeFormCard.Build(new OutcomeFormState(new GoalRef(plan, goal), period, 0) { Values = OutcomeFieldValues.Of(goal, period) });
            Assert.True(CardBudget.Fits(card), $"{goal.DisplayLabel} {period} does not fit");
            cards.Add(card);
        }
        Assert.True(cards.Count > 40);
        CardValidation.AssertAllValid(cards);
    }

    [Fact]
    public void A_report_prefills_the_form_with_its_own_assessment_and_indicator_outcomes()
    {
        var plan = ImportedSeeds.Enskede;
        var goal = plan.Goals.First(g => g.Level == GoalLevel.Namndmal && g.Indicators.Any(i => i.OutcomeFor(new ReportingPeriod(2023, PeriodKind.VB)) is not null));
        var vb = new ReportingPeriod(2023, PeriodKind.VB);

        var card = OutcomeFormCard.Build(new OutcomeFormState(new GoalRef(plan, goal), vb, 0) { Values = OutcomeFieldValues.Of(goal, vb) });
        var inputs = CardQuery.Elements(card).OfType<CardInput>().ToDictionary(i => i.Id!);

        var assessment = goal.Assessments.Single(a => a.Period == vb);
        Assert.Equal(assessment.Bedomning.ToString(), ((InputChoiceSet)inputs[OutcomeFields.Bedomning]).Value);
        Assert.Equal(assessment.Analysis, ((InputText)inputs[OutcomeFields.Analysis]).Value);
        var indicator = goal.Indicators.First(i => i.OutcomeFor(vb) is not null);
        var shown = inputs[OutcomeFields.IndicatorTotal(indicator.Id)] switch
        {
            InputText t => t.Value,
            InputNumber n => n.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        Assert.Equal(indicator.OutcomeFor(vb)!.Total!.Value, Domain.Indicators.Measurement.Parse(shown!).Value);
    }
}
