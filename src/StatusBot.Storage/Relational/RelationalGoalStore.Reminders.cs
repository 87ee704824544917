using StatusBot.Storage.Sql;
using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;

namespace StatusBot.Storage.Relational;

/// <summary>
/// The reminder outbox. Several dispatchers (on several app instances) share it: a claim leases rows to one
/// dispatcher (row locks with SKIP LOCKED on PostgreSQL, the single writer on SQLite), and only the lease holder can
/// record the result. A lease that runs out (the dispatcher died) makes its rows claimable again.
/// </summary>
public abstract partial class RelationalGoalStore : IReminderOutbox
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private const string OutboxColumns =
        "id, payload, state, attempts, sent_at, last_error, next_attempt_at";

    // Claimable: open, due, not waiting for a retry, not leased (or the lease ran out), organisation not paused.
    private const string Claimable = """
        state IN ('pending', 'failed') AND due_at <= @now
        AND (next_attempt_at IS NULL OR next_attempt_at <= @now)
        AND (locked_until IS NULL OR locked_until <= @now)
        AND organisation NOT IN (SELECT organisation FROM reminder_pauses WHERE paused)
        """;

    public async Task<int> EnqueueAsync(IReadOnlyList<ReminderMessage> messages, CancellationToken ct = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(messages);
            if (messages.Count == 0) return 0;
            foreach (var message in messages) CheckMessage(message);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            await using var command = connection.Command(tx, $"""
                INSERT INTO reminder_outbox (idempotency_key, organisation, period_year, period_kind, step, recipient_upn,
                    recipient_aad_id, recipient_name, deadline, due_at, payload, state)
                VALUES (@key, @organisation, @year, @kind, @step, @upn, @aad, @name, @deadline, @due_at, {Dialect.JsonParameter("@payload")}, 'pending')
                ON CONFLICT (idempotency_key) DO NOTHING
                """);
            var added = 0;
            foreach (var message in messages)
            {
                command.With("@key", message.IdempotencyKey)
                    .With("@organisation", message.Organisation)
                    .With("@year", message.Period.Year)
                    .With("@kind", message.Period.Kind.ToString())
                    .With("@step", message.Step.ToString())
                    .With("@upn", message.Recipient.Upn)
                    .With("@aad", message.Recipient.AadObjectId)
                    .With("@name", message.Recipient.DisplayName)
                    .With("@deadline", Storable(message.Deadline))
                    .With("@due_at", Storable(message.DueAt == default ? _clock.GetUtcNow() : message.DueAt))
                    .With("@payload", JsonSerializer.Serialize(message, PayloadJson));
                added += await command.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
            return added;
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task<IReadOnlyList<OutboxItem>> ClaimAsync(string dispatcherId, int max, TimeSpan lease, CancellationToken ct = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dispatcherId);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
            var now = _clock.GetUtcNow();
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            // The attempt is counted when it starts, so a message whose sending kills the process still runs out of tries.
            await using var command = connection.Command(tx, $"""
                UPDATE reminder_outbox SET locked_by = @by, locked_until = @until, attempts = attempts + 1
                WHERE id IN (SELECT id FROM reminder_outbox WHERE {Claimable} ORDER BY due_at, id LIMIT @max {Dialect.ClaimLockClause})
                RETURNING {OutboxColumns}
                """)
                .With("@by", dispatcherId)
                .With("@until", Storable(now + lease))
                .With("@now", Storable(now))
                .With("@max", max);
            var items = await ReadItemsAsync(command, ct);
            await tx.CommitAsync(ct);
            return items;
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public Task MarkSentAsync(long id, string dispatcherId, CancellationToken ct = default) =>
        RecordAsync(id, dispatcherId, """
            UPDATE reminder_outbox SET state = 'sent', sent_at = @now, last_error = NULL, next_attempt_at = NULL,
                locked_by = NULL, locked_until = NULL
            WHERE id = @id AND locked_by = @by AND state IN ('pending', 'failed')
            """, c => c, ct);

    public Task MarkFailedAsync(long id, string dispatcherId, string error, DateTimeOffset? retryAt, bool permanent = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var givenUp = permanent || retryAt is null;
        return RecordAsync(id, dispatcherId, """
            UPDATE reminder_outbox SET state = @state, last_error = @error, next_attempt_at = @retry_at,
                locked_by = NULL, locked_until = NULL
            WHERE id = @id AND locked_by = @by AND state IN ('pending', 'failed')
            """, c => c.With("@state", givenUp ? "given_up" : "failed")
                .With("@error", error.Length > 2000 ? error[..2000] : error)
                .With("@retry_at", givenUp ? null : Storable(retryAt!.Value)), ct);
    }

    public async Task<IReadOnlyList<OutboxItem>> ListAsync(string organisation, ReportingPeriod period, CancellationToken ct = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginReadAsync(connection, ct);
            await using var command = connection.Command(tx, $"""
                SELECT {OutboxColumns} FROM reminder_outbox
                WHERE organisation = @organisation AND period_year = @year AND period_kind = @kind
                ORDER BY due_at, id
                """)
                .With("@organisation", organisation)
                .With("@year", period.Year)
                .With("@kind", period.Kind.ToString());
            return await ReadItemsAsync(command, ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task<bool> IsPausedAsync(string organisation, CancellationToken ct = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginReadAsync(connection, ct);
            await using var command = connection.Command(tx, "SELECT paused FROM reminder_pauses WHERE organisation = @organisation")
                .With("@organisation", organisation);
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) && reader.GetBoolean(0);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task SetPausedAsync(string organisation, bool paused, string changedBy, CancellationToken ct = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
            ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            await using var command = connection.Command(tx, """
                INSERT INTO reminder_pauses (organisation, paused, changed_by, changed_at) VALUES (@organisation, @paused, @by, @at)
                ON CONFLICT (organisation) DO UPDATE SET paused = excluded.paused, changed_by = excluded.changed_by, changed_at = excluded.changed_at
                """)
                .With("@organisation", organisation)
                .With("@paused", paused)
                .With("@by", changedBy)
                .With("@at", Storable(default));
            await command.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    private async Task RecordAsync(long id, string dispatcherId, string sql, Func<DbCommand, DbCommand> parameters, CancellationToken ct)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dispatcherId);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            await using var command = parameters(connection.Command(tx, sql)
                .With("@id", id).With("@by", dispatcherId).With("@now", Storable(default)));
            // Zero rows: the lease ran out and another dispatcher took the message (or already finished it).
            if (await command.ExecuteNonQueryAsync(ct) == 0)
                throw new OutboxLeaseLostException(id, dispatcherId);
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    private static async Task<IReadOnlyList<OutboxItem>> ReadItemsAsync(DbCommand command, CancellationToken ct)
    {
        var items = new List<OutboxItem>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var message = JsonSerializer.Deserialize<ReminderMessage>(reader.GetString(1), PayloadJson)
                    ?? throw new InvalidOperationException($"Outbox row {reader.GetInt64(0)} has an empty payload.");
                items.Add(new OutboxItem(reader.GetInt64(0), message, ParseState(reader.GetString(2)))
                {
                    Attempts = Convert.ToInt32(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
                    SentAt = reader.GetNullableTimestamp(4),
                    LastError = reader.GetNullableString(5),
                    NextAttemptAt = reader.GetNullableTimestamp(6),
                });
            }
        }
        // RETURNING gives rows in no particular order.
        items.Sort((a, b) => a.Message.DueAt != b.Message.DueAt ? a.Message.DueAt.CompareTo(b.Message.DueAt) : a.Id.CompareTo(b.Id));
        return items;
    }

    private static OutboxState ParseState(string state) => state switch
    {
        "pending" => OutboxState.Pending,
        "sent" => OutboxState.Sent,
        "failed" => OutboxState.Failed,
        "given_up" => OutboxState.GivenUp,
        _ => throw new InvalidOperationException($"Unknown outbox state '{state}'."),
    };

    private static void CheckMessage(ReminderMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.IdempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Organisation);
        ArgumentNullException.ThrowIfNull(message.Recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Recipient.Upn);
        ArgumentNullException.ThrowIfNull(message.Goals);
    }
}
