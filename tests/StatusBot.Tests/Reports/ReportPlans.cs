using StatusBot.Domain.Assessments;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Import;
using StatusBot.Testing;

namespace StatusBot.Tests.Reports;

/// <summary>Plans for report tests that may be changed (projection edits plans in place, the shared seeds must stay as read).</summary>
internal static class ReportPlans
{
    public static readonly ReportingPeriod Vb2023 = new(2023, PeriodKind.VB);
    public static readonly ReportingPeriod T22023 = new(2023, PeriodKind.T2);

    public static Plan FreshEnskede() => DocumentImporter.ImportFile(RepoPaths.Seed(RepoPaths.Enskede));

    /// <summary>A chief's T2 2023 report for VO 3.4 of enskede: delvis, an analysis, a sick-leave figure by kön, one Avvikelse.</summary>
    public static OutcomeEntry T2SubmissionFor34(Plan enskede)
    {
        var goal = enskede.FindByNumber("3.4")!;
        var sickLeave = goal.Indicators.First(i => i.Periodicity == Periodicity.Tertial);
        var activity = goal.Activities[0];
        return new OutcomeEntry(goal.Id, T22023, OutcomeState.Submitted, new OutcomeContent
        {
            Bedomning = Bedomning.UppfyllsDelvis,
            Analysis = "Sjukfrånvaron har ökat under sommaren.\n\nÅtgärder pågår på två enheter.",
            Indicators = [new IndicatorValue(sickLeave.Id, Measurement.Parse("8,4 %")) { Men = Measurement.Parse("6,1 %"), Women = Measurement.Parse("9,2 %") }],
            Activities = [new ActivityReport(activity.Id, ActivityStatus.Avvikelse) { Analysis = "Försenad av upphandlingen." }],
        })
        {
            Version = 1,
            AuthorId = "00000000-0000-0000-0000-000000000034",
            AuthorName = "Anna Andersson",
            RecordedAt = new DateTimeOffset(2023, 9, 12, 8, 0, 0, TimeSpan.Zero),
            SourceActivityId = "activity-34",
        };
    }
}
