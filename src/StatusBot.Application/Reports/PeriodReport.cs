using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Reports;

/// <summary>
/// The follow-up of one reporting period in the layout of the verksamhetsberättelse, as plain values: the writers
/// (Markdown, Word) only lay it out, so what the report says is decided and tested once, here.
/// </summary>
public sealed record PeriodReport(ReportingPeriod Period, IReadOnlyList<PlanReport> Plans)
{
    /// <summary>"Tertialrapport 2 2026", "Verksamhetsberättelse 2023".</summary>
    public string PeriodTitle => char.ToUpperInvariant(Period.DisplayName[0]) + Period.DisplayName[1..];

    /// <summary>"Tertialrapport 2 2026 – Hägersten-Älvsjö stadsdelsnämnd" when one organisation is reported.</summary>
    public string Title => SingleOrganisation is { } org ? $"{PeriodTitle} – {org}" : PeriodTitle;

    /// <summary>The organisation when every plan belongs to the same one; then plans need no heading of their own.</summary>
    public string? SingleOrganisation =>
        Plans.Select(p => p.Organisation).Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;

    public IEnumerable<GoalReport> AllGoals => Plans.SelectMany(p => p.Goals);

    /// <summary>Builds the report of <paramref name="period"/> from plans whose submitted outcomes are already projected.</summary>
    public static PeriodReport Build(IReadOnlyList<Plan> plans, ReportingPeriod period, string? organisation = null) =>
        PeriodReportBuilder.Build(plans, period, organisation);
}

/// <summary>One organisation's plan within the report, its goals in document order.</summary>
public sealed record PlanReport(string Organisation, int Year, DocumentKind Document, string? Source, IReadOnlyList<GoalReport> Goals);
