using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;

namespace StatusBot.Domain.Store;

/// <summary>
/// The outcome history: append-only submissions with optimistic concurrency, and one draft per person, goal and
/// period. Never loses or overwrites a submission.
/// </summary>
public interface IOutcomeStore
{
    /// <summary>
    /// Appends a submission if <paramref name="entry"/>'s BasedOnVersion is still the newest submitted version of its
    /// goal and period; its Version becomes that + 1. A SourceActivityId already stored returns Duplicate and stores
    /// nothing. The submitter's draft for the goal and period is removed in the same transaction.
    /// </summary>
    Task<SubmitResult> SubmitAsync(OutcomeEntry entry, CancellationToken ct = default);

    /// <summary>Replaces the author's draft for the goal and period (drafts are not history).</summary>
    Task SaveDraftAsync(OutcomeEntry draft, CancellationToken ct = default);

    Task DeleteDraftAsync(string goalId, ReportingPeriod period, string authorId, CancellationToken ct = default);

    /// <summary>The newest submission and the asker's own draft for a goal and period.</summary>
    Task<OutcomeSnapshot> GetAsync(string goalId, ReportingPeriod period, string authorId, CancellationToken ct = default);

    /// <summary>Every submission of a goal, oldest first.</summary>
    Task<IReadOnlyList<OutcomeEntry>> HistoryAsync(string goalId, CancellationToken ct = default);

    /// <summary>Every submission (all goals and periods), oldest first: for the status read model and exports.</summary>
    Task<IReadOnlyList<OutcomeEntry>> AllSubmittedAsync(CancellationToken ct = default);

    /// <summary>A cheap value that changes whenever a submission is stored (e.g. count and newest id), so readers
    /// polling for changes need not load everything.</summary>
    Task<string> ChangeStampAsync(CancellationToken ct = default);
}

public sealed record OutcomeSnapshot(OutcomeEntry? LatestSubmitted, OutcomeEntry? Draft)
{
    public long CurrentVersion => LatestSubmitted?.Version ?? 0;
}

public enum SubmitStatus
{
    Stored,

    /// <summary>Someone submitted after the form was built: <see cref="SubmitResult.Current"/> is their entry.</summary>
    Conflict,

    /// <summary>The same Teams activity was delivered again: stored once already.</summary>
    Duplicate,
}

public sealed record SubmitResult(SubmitStatus Status, OutcomeEntry? Current);
