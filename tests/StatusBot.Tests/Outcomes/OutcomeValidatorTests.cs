using StatusBot.Teams.Cards;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Application.Outcomes;
using static StatusBot.Tests.Outcomes.OutcomeTestPlans;

namespace StatusBot.Tests.Outcomes;

public sealed class OutcomeValidatorTests
{
    private readonly Goal _goal = Goal(Build());

    private OutcomeValidation Submit(params (string Id, string Value)[] inputs) => Check(OutcomeCheck.Submission, T2, inputs);

    private OutcomeValidation Check(OutcomeCheck check, ReportingPeriod period, params (string Id, string Value)[] inputs) =>
        OutcomeValidator.Validate(_goal, period, inputs.ToDictionary(i => i.Id, i => i.Value), check);

    private string PercentId => OutcomeFields.IndicatorTotal(Percent(_goal).Id);
    private string CountId => OutcomeFields.IndicatorTotal(Count(_goal).Id);
    private string Activity1 => OutcomeFields.ActivityStatus(_goal.Activities[0].Id);
    private string Activity1Analysis => OutcomeFields.ActivityAnalysis(_goal.Activities[0].Id);

    [Fact]
    public void A_complete_form_becomes_the_outcome_with_swedish_numbers_parsed()
    {
        var result = Submit(
            (OutcomeFields.Bedomning, "UppfyllsDelvis"),
            (OutcomeFields.Analysis, "  Tryggheten har ökat men inte nått målet.  "),
            (PercentId, "72,5 %"),
            (OutcomeFields.IndicatorMen(Percent(_goal).Id), "74,1"),
            (OutcomeFields.IndicatorWomen(Percent(_goal).Id), "70,9%"),
            (CountId, "1 000"),
            (Activity1, "Avvikelse"),
            (Activity1Analysis, "Polisen hade inte resurser i våras."));

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Values));
        var c = result.Content;
        Assert.Equal(Bedomning.UppfyllsDelvis, c.Bedomning);
        Assert.Equal("Tryggheten har ökat men inte nått målet.", c.Analysis);
        var percent = c.Indicators.Single(i => i.IndicatorId == Percent(_goal).Id);
        Assert.Equal(72.5m, percent.Total!.Value);
        Assert.Equal("%", percent.Total.Unit);
        Assert.Equal(74.1m, percent.Men!.Value);
        Assert.Equal(70.9m, percent.Women!.Value);
        Assert.Equal(1000m, c.Indicators.Single(i => i.IndicatorId == Count(_goal).Id).Total!.Value);
        var activity = Assert.Single(c.Activities);
        Assert.Equal(ActivityStatus.Avvikelse, activity.Status);
        Assert.Equal("Polisen hade inte resurser i våras.", activity.Analysis);
    }

    [Fact]
    public void Bedomning_is_required_on_submission_but_not_in_a_draft()
    {
        Assert.Equal(OutcomeValidator.ChooseBedomning, Submit().Errors[OutcomeFields.Bedomning]);
        Assert.True(Check(OutcomeCheck.Draft, T2).IsValid);
    }

    [Fact]
    public void An_unknown_bedomning_is_refused_even_in_a_draft()
    {
        var result = Check(OutcomeCheck.Draft, T2, (OutcomeFields.Bedomning, "Kanske"));
        Assert.Equal(OutcomeValidator.UnknownBedomning, result.Errors[OutcomeFields.Bedomning]);
    }

    [Theory]
    [InlineData("UppfyllsDelvis", true)]
    [InlineData("UppfyllsInte", true)]
    [InlineData("UppfyllsHelt", false)]
    public void Analysis_is_required_unless_the_goal_is_fully_met(string bedomning, bool required)
    {
        var result = Submit((OutcomeFields.Bedomning, bedomning), (OutcomeFields.Analysis, "   "));
        Assert.Equal(required, result.Errors.TryGetValue(OutcomeFields.Analysis, out var message));
        if (required) Assert.Equal(OutcomeValidator.AnalysisRequired, message);
    }

    [Fact]
    public void A_too_long_analysis_is_refused_with_its_length_and_the_limit()
    {
        var result = Check(OutcomeCheck.Draft, T2, (OutcomeFields.Analysis, new string('a', OutcomeFormCard.AnalysisMaxLength + 1)));
        Assert.Equal("Texten är för lång: 4 001 tecken. Högst 4 000.", result.Errors[OutcomeFields.Analysis]);
    }

    [Fact]
    public void Control_characters_that_cannot_be_stored_are_refused()
    {
        var result = Check(OutcomeCheck.Draft, T2, (OutcomeFields.Analysis, "Bra\0 år"));
        Assert.Equal(OutcomeValidator.ForbiddenCharacters, result.Errors[OutcomeFields.Analysis]);
        Assert.True(Check(OutcomeCheck.Draft, T2, (OutcomeFields.Analysis, "Rad ett\r\nRad två\tmed tabb")).IsValid);
    }

    [Theory]
    [InlineData("2,7", 2.7)]
    [InlineData("2.7", 2.7)]
    [InlineData("45 %", 45)]
    [InlineData("45%", 45)]
    [InlineData(" 100 ", 100)]
    [InlineData("0", 0)]
    public void Percentages_are_read_as_swedes_write_them(string typed, double expected)
    {
        var result = Check(OutcomeCheck.Draft, T2, (PercentId, typed));
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Values));
        Assert.Equal((decimal)expected, result.Content.Indicators.Single().Total!.Value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("två")]
    [InlineData("%")]
    [InlineData("1 2 3")]
    public void Nonsense_is_refused_with_an_example(string typed)
    {
        var result = Check(OutcomeCheck.Draft, T2, (PercentId, typed));
        Assert.Equal(OutcomeValidator.NotANumber, result.Errors[PercentId]);
        Assert.Empty(result.Content.Indicators);
    }

    [Fact]
    public void A_unit_that_is_not_the_indicators_is_refused()
    {
        var result = Check(OutcomeCheck.Draft, T2, (PercentId, "45 st"));
        Assert.Equal("Fel enhet: \"st\". Indikatorn mäts i %.", result.Errors[PercentId]);
    }

    [Theory]
    [InlineData("101 %")]
    [InlineData("-1")]
    [InlineData("250")]
    public void A_percentage_outside_0_to_100_is_refused(string typed)
    {
        var result = Check(OutcomeCheck.Draft, T2, (PercentId, typed));
        Assert.Equal(OutcomeValidator.PercentOutOfRange, result.Errors[PercentId]);
    }

    [Fact]
    public void A_negative_or_fractional_count_is_refused()
    {
        Assert.Equal(OutcomeValidator.NegativeCount, Check(OutcomeCheck.Draft, T2, (CountId, "-3")).Errors[CountId]);
        Assert.Equal(OutcomeValidator.CountNotWhole, Check(OutcomeCheck.Draft, T2, (CountId, "2,5 st")).Errors[CountId]);
        Assert.True(Check(OutcomeCheck.Draft, T2, (CountId, "1 000 st")).IsValid);
    }

    [Fact]
    public void A_split_by_kon_without_its_total_is_refused_on_submission()
    {
        var menId = OutcomeFields.IndicatorMen(Percent(_goal).Id);
        var result = Submit((OutcomeFields.Bedomning, "UppfyllsHelt"), (menId, "70"));
        Assert.Equal(OutcomeValidator.TotalRequired, result.Errors[PercentId]);
        Assert.True(Check(OutcomeCheck.Draft, T2, (menId, "70")).IsValid);
    }

    [Fact]
    public void Avvikelse_without_analysis_is_refused_on_submission()
    {
        var result = Submit((OutcomeFields.Bedomning, "UppfyllsHelt"), (Activity1, "Avvikelse"));
        Assert.Equal(OutcomeValidator.DeviationNeedsAnalysis, result.Errors[Activity1Analysis]);
        Assert.True(Submit((OutcomeFields.Bedomning, "UppfyllsHelt"), (Activity1, "Pagar")).IsValid);
    }

    [Fact]
    public void An_unknown_activity_status_is_refused()
    {
        var result = Check(OutcomeCheck.Draft, T2, (Activity1, "Klar"));
        Assert.Equal(OutcomeValidator.UnknownStatus, result.Errors[Activity1]);
    }

    [Fact]
    public void Indicators_not_due_in_the_period_are_neither_read_nor_checked()
    {
        var yearly = OutcomeFields.IndicatorTotal(YearlyIndex(_goal).Id);
        var atT2 = Check(OutcomeCheck.Draft, T2, (yearly, "abc"));
        Assert.True(atT2.IsValid);
        Assert.Empty(atT2.Content.Indicators);

        var atVb = Check(OutcomeCheck.Draft, Vb, (yearly, "71,5"));
        Assert.Equal(71.5m, Assert.Single(atVb.Content.Indicators).Total!.Value);
    }
}
