using System.Globalization;
using StatusBot.Application.Text;
using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Reports;

/// <summary>Reads a period's report out of plans. Pure: the same plans give the same report.</summary>
internal static class PeriodReportBuilder
{
    private const string Empty = "–";

    public static PeriodReport Build(IReadOnlyList<Plan> plans, ReportingPeriod period, string? organisation)
    {
        var chosen = plans
            .Where(p => p.Year == period.Year && (organisation is null || OrganisationMatches(p.Organisation, organisation)))
            .GroupBy(p => p.Organisation, StringComparer.Ordinal)
            .Select(g => PlanCarryingThePeriod(g, period))
            .OrderBy(p => p.Organisation, StringComparer.Create(SwedishNumber.Culture, ignoreCase: true));
        return new PeriodReport(period, chosen.Select(p => Plan(p, period)).ToList());
    }

    /// <summary>
    /// Exact name (any case) or a part of it in slug form, so "--organisation hagersten-alvsjo" and
    /// "--organisation 'Hägersten-Älvsjö stadsdelsnämnd'" both work.
    /// </summary>
    public static bool OrganisationMatches(string organisation, string wanted) =>
        string.Equals(organisation.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase)
        || (StableId.Slug(wanted) is { Length: > 0 } slug && StableId.Slug(organisation).Contains(slug, StringComparison.Ordinal));

    /// <summary>
    /// An organisation can have both a verksamhetsplan and a verksamhetsberättelse for a year; reporting both would
    /// list every goal twice. The one holding the period's assessments wins; on a tie, the document of that point in
    /// the year (the berättelse at VB, the plan at the tertials).
    /// </summary>
    private static Plan PlanCarryingThePeriod(IEnumerable<Plan> plans, ReportingPeriod period)
    {
        var preferred = period.Kind == PeriodKind.VB ? DocumentKind.Verksamhetsberattelse : DocumentKind.Verksamhetsplan;
        return plans
            .OrderByDescending(p => p.Goals.Count(g => g.Assessments.Any(a => a.Period == period)))
            .ThenByDescending(p => p.Document == preferred)
            .First();
    }

    private static PlanReport Plan(Plan plan, ReportingPeriod period) =>
        new(plan.Organisation, plan.Year, plan.Document, plan.Source, plan.Goals.Select(g => Goal(g, period)).ToList());

    private static GoalReport Goal(Goal goal, ReportingPeriod period)
    {
        var assessment = goal.Assessments.Where(a => a.Period == period).OrderBy(a => a.AssessedAt).LastOrDefault();
        var reported = assessment is not null;
        var caption = period.Kind == PeriodKind.VB ? "Bedömning" : "Prognos för helåret";
        return new GoalReport(
            goal.Level,
            goal.Number,
            goal.Title,
            caption,
            assessment?.Bedomning.Label() ?? GoalReport.NotReported,
            reported,
            NullIfBlank(assessment?.Analysis),
            goal.Indicators.Where(i => i.IsDueIn(period)).Select(i => Indicator(i, period)).ToList(),
            goal.Activities.Select(a => Activity(a, reported)).ToList());
    }

    private static IndicatorRow Indicator(Indicator indicator, ReportingPeriod period)
    {
        var outcome = indicator.OutcomeFor(period);
        return new IndicatorRow(
            indicator.Name,
            Show(outcome?.Total),
            Show(outcome?.Men),
            Show(outcome?.Women),
            indicator.Target.Display,
            indicator.KfTarget.Display,
            PeriodColumn(indicator, period))
        {
            Analysis = NullIfBlank(outcome?.Analysis),
        };
    }

    /// <summary>As the documents print it: "VB 2023" / "T2 2026" for tertial indicators, the bare year for yearly ones.</summary>
    private static string PeriodColumn(Indicator indicator, ReportingPeriod period) =>
        indicator.Periodicity == Periodicity.Tertial ? period.ToString() : period.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// An activity's Avvikelse and analysis belong to the goal's report, so a goal not yet reported for the period
    /// shows its activities as planned, not last period's deviations.
    /// </summary>
    private static ActivityRow Activity(Activity activity, bool goalReported) =>
        new(activity.Title,
            SwedishDate.FormatRange(activity.Start, activity.End),
            goalReported && activity.Deviation,
            goalReported ? NullIfBlank(activity.Analysis) : null);

    private static string Show(Measurement? m) => m is null || string.IsNullOrWhiteSpace(m.Display) ? Empty : m.Display;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
