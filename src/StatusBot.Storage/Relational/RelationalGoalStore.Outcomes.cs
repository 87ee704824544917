using StatusBot.Storage.Sql;
using System.Data.Common;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Store;

namespace StatusBot.Storage.Relational;

/// <summary>
/// The outcome history on the same database as the plans, so one store object serves both ports. Submissions are
/// numbered per goal and period; a submit built on an older version is refused (no lost update), and a Teams
/// activity delivered twice is stored once.
/// </summary>
public abstract partial class RelationalGoalStore : IOutcomeStore
{
    public async Task<SubmitResult> SubmitAsync(OutcomeEntry entry, CancellationToken ct = default)
    {
        try
        {
            CheckEntry(entry);
            try
            {
                await using var connection = await OpenConnectionAsync(ct);
                await using var tx = await Dialect.BeginWriteAsync(connection, ct);
                var writer = new OutcomeWriter(connection, tx, Dialect);
                await writer.LockSeriesAsync(entry.GoalId, entry.Period, ct);
                var reader = new OutcomeReader(connection, tx);

                // Returning without commit rolls back: a refused submit writes nothing at all.
                if (entry.SourceActivityId is { } activityId && await reader.SubmittedBySourceActivityAsync(activityId, ct) is { } delivered)
                    return new SubmitResult(SubmitStatus.Duplicate, delivered);
                var latest = await reader.LatestSubmittedAsync(entry.GoalId, entry.Period, ct);
                var current = latest?.Version ?? 0;
                if (entry.BasedOnVersion != current) return new SubmitResult(SubmitStatus.Conflict, latest);

                var stored = entry with
                {
                    State = OutcomeState.Submitted,
                    Version = current + 1,
                    RecordedAt = Storable(entry.RecordedAt),
                };
                await writer.InsertSubmissionAsync(stored, ct);
                await writer.DeleteDraftAsync(entry.GoalId, entry.Period, entry.AuthorId, ct);
                await tx.CommitAsync(ct);
                return new SubmitResult(SubmitStatus.Stored, stored);
            }
            catch (DbException e) when (Dialect.IsUniqueViolation(e))
            {
                // Another instance got the same version (or the same activity id) in first; the constraint kept us out.
                return await AfterLostRaceAsync(entry, ct);
            }
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task SaveDraftAsync(OutcomeEntry draft, CancellationToken ct = default)
    {
        try
        {
            CheckEntry(draft);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            var stored = draft with { State = OutcomeState.Draft, Version = 0, RecordedAt = Storable(draft.RecordedAt) };
            await new OutcomeWriter(connection, tx, Dialect).UpsertDraftAsync(stored, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task DeleteDraftAsync(string goalId, ReportingPeriod period, string authorId, CancellationToken ct = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(goalId);
            ArgumentException.ThrowIfNullOrWhiteSpace(authorId);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            await new OutcomeWriter(connection, tx, Dialect).DeleteDraftAsync(goalId, period, authorId, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task<OutcomeSnapshot> GetAsync(string goalId, ReportingPeriod period, string authorId, CancellationToken ct = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(goalId);
            ArgumentNullException.ThrowIfNull(authorId);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginReadAsync(connection, ct);
            var reader = new OutcomeReader(connection, tx);
            var latest = await reader.LatestSubmittedAsync(goalId, period, ct);
            var draft = await reader.DraftAsync(goalId, period, authorId, ct);
            return new OutcomeSnapshot(latest, draft);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task<IReadOnlyList<OutcomeEntry>> HistoryAsync(string goalId, CancellationToken ct = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(goalId);
            return await ReadOutcomesAsync(r => r.SubmittedAsync(goalId, ct), ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task<IReadOnlyList<OutcomeEntry>> AllSubmittedAsync(CancellationToken ct = default) =>
        await ReadOutcomesAsync(r => r.SubmittedAsync(null, ct), ct);

    public Task<string> ChangeStampAsync(CancellationToken ct = default) =>
        ReadOutcomesAsync(r => r.ChangeStampAsync(ct), ct);

    private async Task<SubmitResult> AfterLostRaceAsync(OutcomeEntry entry, CancellationToken ct)
    {
        try
        {
            var (delivered, latest) = await ReadOutcomesAsync(async r => (
                entry.SourceActivityId is { } id ? await r.SubmittedBySourceActivityAsync(id, ct) : null,
                await r.LatestSubmittedAsync(entry.GoalId, entry.Period, ct)), ct);
            return delivered is not null
                ? new SubmitResult(SubmitStatus.Duplicate, delivered)
                : new SubmitResult(SubmitStatus.Conflict, latest);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    private async Task<T> ReadOutcomesAsync<T>(Func<OutcomeReader, Task<T>> read, CancellationToken ct)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginReadAsync(connection, ct);
            return await read(new OutcomeReader(connection, tx));
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    /// <summary>
    /// The time as the database will give it back: UTC, whole microseconds (PostgreSQL's resolution), so the entry
    /// a submit returns equals the one read later. An unset time is the store's clock.
    /// </summary>
    private DateTimeOffset Storable(DateTimeOffset recordedAt)
    {
        var utc = recordedAt == default ? _clock.GetUtcNow().UtcTicks : recordedAt.UtcTicks;
        return new DateTimeOffset(utc - utc % 10, TimeSpan.Zero);
    }

    private static void CheckEntry(OutcomeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(entry.Content);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.GoalId);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.AuthorId);
        ArgumentOutOfRangeException.ThrowIfNegative(entry.BasedOnVersion);
        if (!Enum.IsDefined(entry.Period.Kind)) throw new ArgumentOutOfRangeException(nameof(entry), "Okänd period.");
        // PostgreSQL's text and jsonb cannot hold U+0000; refusing it on both engines keeps them alike.
        if (Texts(entry).Any(t => t?.Contains('\0', StringComparison.Ordinal) == true))
            throw new ArgumentException("Texten innehåller ett ogiltigt tecken (U+0000).", nameof(entry));
    }

    private static IEnumerable<string?> Texts(OutcomeEntry entry)
    {
        yield return entry.GoalId;
        yield return entry.AuthorId;
        yield return entry.AuthorName;
        yield return entry.SourceActivityId;
        yield return entry.Content.Analysis;
        foreach (var value in entry.Content.Indicators)
        {
            yield return value.IndicatorId;
            yield return value.Analysis;
            foreach (var m in new[] { value.Total, value.Men, value.Women })
            {
                yield return m?.Raw;
                yield return m?.Unit;
            }
        }
        foreach (var report in entry.Content.Activities)
        {
            yield return report.ActivityId;
            yield return report.Analysis;
        }
    }
}
