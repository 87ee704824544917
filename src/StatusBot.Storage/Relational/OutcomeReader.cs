using StatusBot.Storage.Sql;
using System.Data.Common;
using System.Globalization;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Storage.Schema;

namespace StatusBot.Storage.Relational;

/// <summary>Reads outcome rows (submissions and drafts) inside a caller's transaction.</summary>
internal sealed class OutcomeReader(DbConnection connection, DbTransaction tx)
{
    private const string SubmissionColumns =
        "goal_id, period_year, period_kind, version, content, author_id, author_name, recorded_at, based_on_version, source_activity_id";

    // Drafts have no version of their own: 0, as OutcomeEntry says.
    private const string DraftColumns =
        "goal_id, period_year, period_kind, 0, content, author_id, author_name, recorded_at, based_on_version, source_activity_id";

    private const string SameSeries = "goal_id = @goal_id AND period_year = @period_year AND period_kind = @period_kind";

    public async Task<OutcomeEntry?> LatestSubmittedAsync(string goalId, ReportingPeriod period, CancellationToken ct) =>
        (await ReadAsync(OutcomeState.Submitted,
            Series($"SELECT {SubmissionColumns} FROM outcomes WHERE {SameSeries} ORDER BY version DESC LIMIT 1", goalId, period), ct))
        .SingleOrDefault();

    public async Task<OutcomeEntry?> SubmittedBySourceActivityAsync(string activityId, CancellationToken ct) =>
        (await ReadAsync(OutcomeState.Submitted,
            connection.Command(tx, $"SELECT {SubmissionColumns} FROM outcomes WHERE source_activity_id = @activity_id")
                .With("@activity_id", activityId), ct))
        .SingleOrDefault();

    /// <summary>Submissions in the order they were stored (ids only ever grow), of one goal or of all.</summary>
    public Task<List<OutcomeEntry>> SubmittedAsync(string? goalId, CancellationToken ct) =>
        ReadAsync(OutcomeState.Submitted, goalId is null
            ? connection.Command(tx, $"SELECT {SubmissionColumns} FROM outcomes ORDER BY id")
            : connection.Command(tx, $"SELECT {SubmissionColumns} FROM outcomes WHERE goal_id = @goal_id ORDER BY id").With("@goal_id", goalId),
            ct);

    public async Task<OutcomeEntry?> DraftAsync(string goalId, ReportingPeriod period, string authorId, CancellationToken ct) =>
        (await ReadAsync(OutcomeState.Draft,
            Series($"SELECT {DraftColumns} FROM outcome_drafts WHERE {SameSeries} AND author_id = @author_id", goalId, period)
                .With("@author_id", authorId), ct))
        .SingleOrDefault();

    /// <summary>"count:newest id" of submissions: both only grow, since the table is append-only.</summary>
    public async Task<string> ChangeStampAsync(CancellationToken ct)
    {
        await using var command = connection.Command(tx, "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM outcomes");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var count = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
        var newest = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{count}:{newest}");
    }

    private DbCommand Series(string sql, string goalId, ReportingPeriod period) =>
        connection.Command(tx, sql)
            .With("@goal_id", goalId)
            .With("@period_year", period.Year)
            .With("@period_kind", ColumnCodes.PeriodKind(period.Kind));

    private static async Task<List<OutcomeEntry>> ReadAsync(OutcomeState state, DbCommand command, CancellationToken ct)
    {
        var entries = new List<OutcomeEntry>();
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var period = new ReportingPeriod(reader.GetInt32(1), ColumnCodes.ParsePeriodKind(reader.GetString(2)));
                entries.Add(new OutcomeEntry(reader.GetString(0), period, state, OutcomeContentJson.Read(reader.GetString(4)))
                {
                    Version = Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture),
                    AuthorId = reader.GetString(5),
                    AuthorName = reader.GetNullableString(6),
                    RecordedAt = reader.GetFieldValue<DateTimeOffset>(7),
                    BasedOnVersion = reader.GetInt64(8),
                    SourceActivityId = reader.GetNullableString(9),
                });
            }
        }
        return entries;
    }
}
