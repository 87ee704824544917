using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Responsibilities;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Conversation.Scoping;

/// <summary>Everything a handler needs for one question, with the scoping rules every handler shares.</summary>
internal sealed class AnswerContext(
    GoalIndex index, Question question, Asker asker, OrganisationScope scope,
    GoalOwnership ownership, TimeProvider time)
{
    public GoalIndex Index { get; } = index;
    public Question Question { get; } = question;
    public Asker Asker { get; } = asker;
    public OrganisationScope Scope { get; } = scope;
    public GoalOwnership Ownership { get; } = ownership;

    public IResponsibilityDirectory Responsibilities => Ownership.Directory;

    /// <summary>Today in Stockholm, where the reporting calendar lives.</summary>
    public DateOnly Today => StockholmTime.Today(time);

    /// <summary>The year asked about for an organisation: the named year, else its newest loaded year.</summary>
    public int? YearFor(string organisation) => Question.Period?.Year ?? Index.NewestYear(organisation);

    /// <summary>Per organisation in scope, the year and the document to read (organisations without one are left out).</summary>
    public IReadOnlyList<Target> Targets(DocumentPreference preference = DocumentPreference.PreferReport) =>
        Scope.Organisations
            .Select(o => YearFor(o) is { } y && Index.PreferredPlan(o, y, preference) is { } p ? new Target(o, y, p) : null)
            .OfType<Target>()
            .ToArray();

    /// <summary>The period kind asked about in that year; else the one open today, or the year's VB for another year.</summary>
    public ReportingPeriod PeriodFor(int year) =>
        Question.Period?.Kind is { } kind ? new ReportingPeriod(year, kind) : ReportingPeriod.ToReportIn(year, Today);

    /// <summary>The period a goal answer shows: the one asked about, else the report's own year, else "latest".</summary>
    public ReportingPeriod? ScopeFor(Plan plan) => ScopeFor(plan, Question.Period?.Kind);

    /// <summary>The rule behind <see cref="ScopeFor(Plan)"/>, for callers that name the period kind directly.</summary>
    public static ReportingPeriod? ScopeFor(Plan plan, PeriodKind? asked) =>
        asked is { } kind ? new ReportingPeriod(plan.Year, kind)
        : plan.Document == DocumentKind.Verksamhetsberattelse ? new ReportingPeriod(plan.Year, PeriodKind.VB)
        : null;

    /// <summary>Said when the scope has organisations but none has a plan for the year asked.</summary>
    public Answer NothingForYear()
    {
        var years = Scope.Organisations.SelectMany(Index.YearsOf).Distinct().OrderDescending().ToArray();
        var whose = Scope.AcrossAll ? "någon nämnd" : string.Join(", ", Scope.Organisations);
        var asked = Question.Period?.Year is { } y ? $" år {y}" : "";
        var loaded = years.Length == 0 ? "" : $" Inlästa år: {string.Join(", ", years)}.";
        return new TextAnswer($"Jag har inga mål för {whose}{asked}.{loaded}");
    }
}
