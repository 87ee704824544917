using System.Data.Common;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Storage.Schema;
using StatusBot.Storage.Sql;

namespace StatusBot.Storage.Relational;

/// <summary>
/// Writes outcome rows inside a caller's transaction. Submissions are only ever inserted (the database refuses
/// updates and deletes of them); a draft is replaced whole.
/// </summary>
internal sealed class OutcomeWriter(DbConnection connection, DbTransaction tx, SqlDialect dialect)
{
    /// <summary>Queues this transaction behind any other submit to the same goal and period (where the engine needs it).</summary>
    public async Task LockSeriesAsync(string goalId, ReportingPeriod period, CancellationToken ct)
    {
        if (dialect.OutcomeSeriesLockSql is not { } sql) return;
        await using var command = connection.Command(tx, sql)
            .With("@series_key", $"outcomes\u001f{goalId}\u001f{period.Year}\u001f{ColumnCodes.PeriodKind(period.Kind)}");
        await command.ExecuteScalarAsync(ct);
    }

    public async Task InsertSubmissionAsync(OutcomeEntry entry, CancellationToken ct)
    {
        await using var command = WithEntry(connection.Command(tx, $"""
                INSERT INTO outcomes (goal_id, period_year, period_kind, version, state, content, author_id, author_name,
                    recorded_at, based_on_version, source_activity_id)
                VALUES (@goal_id, @period_year, @period_kind, @version, 'submitted', {dialect.JsonParameter("@content")}, @author_id,
                    @author_name, @recorded_at, @based_on_version, @source_activity_id)
                """), entry)
            .With("@version", entry.Version);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task UpsertDraftAsync(OutcomeEntry draft, CancellationToken ct)
    {
        await using var command = WithEntry(connection.Command(tx, $"""
                INSERT INTO outcome_drafts (goal_id, period_year, period_kind, author_id, author_name, based_on_version,
                    content, recorded_at, source_activity_id)
                VALUES (@goal_id, @period_year, @period_kind, @author_id, @author_name, @based_on_version,
                    {dialect.JsonParameter("@content")}, @recorded_at, @source_activity_id)
                ON CONFLICT (goal_id, period_year, period_kind, author_id) DO UPDATE SET
                    author_name = excluded.author_name, based_on_version = excluded.based_on_version,
                    content = excluded.content, recorded_at = excluded.recorded_at,
                    source_activity_id = excluded.source_activity_id
                """), draft);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task DeleteDraftAsync(string goalId, ReportingPeriod period, string authorId, CancellationToken ct)
    {
        await using var command = connection.Command(tx, """
                DELETE FROM outcome_drafts
                WHERE goal_id = @goal_id AND period_year = @period_year AND period_kind = @period_kind AND author_id = @author_id
                """)
            .With("@goal_id", goalId)
            .With("@period_year", period.Year)
            .With("@period_kind", ColumnCodes.PeriodKind(period.Kind))
            .With("@author_id", authorId);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand WithEntry(DbCommand command, OutcomeEntry entry) => command
        .With("@goal_id", entry.GoalId)
        .With("@period_year", entry.Period.Year)
        .With("@period_kind", ColumnCodes.PeriodKind(entry.Period.Kind))
        .With("@content", OutcomeContentJson.Write(entry.Content))
        .With("@author_id", entry.AuthorId)
        .With("@author_name", entry.AuthorName)
        .With("@recorded_at", entry.RecordedAt.ToUniversalTime())
        .With("@based_on_version", entry.BasedOnVersion)
        .With("@source_activity_id", entry.SourceActivityId);
}
