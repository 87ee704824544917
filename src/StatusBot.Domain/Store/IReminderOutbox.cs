using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;

namespace StatusBot.Domain.Store;

/// <summary>
/// The reminder outbox in the goal store: due reminders go in once (by idempotency key), dispatchers on any number of
/// instances claim them with a lease (row locking, SKIP LOCKED on PostgreSQL), send, and record the result.
/// </summary>
public interface IReminderOutbox
{
    /// <summary>Adds the messages whose idempotency key is new; returns how many were added.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<ReminderMessage> messages, CancellationToken ct = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending messages that are due (DueAt and NextAttemptAt ≤ now) and not
    /// leased by another dispatcher, leasing them to <paramref name="dispatcherId"/> until now + lease. A lease that
    /// ran out (the dispatcher died) makes the message claimable again: the one possible duplicate.
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> ClaimAsync(string dispatcherId, int max, TimeSpan lease, CancellationToken ct = default);

    /// <summary>Records a successful send (only by the dispatcher holding the lease).</summary>
    Task MarkSentAsync(long id, string dispatcherId, CancellationToken ct = default);

    /// <summary>
    /// Records a failed attempt: retried at <paramref name="retryAt"/>, or, when null, given up (shown to
    /// coordinators). <paramref name="permanent"/> marks e.g. a user who removed the app: never retried.
    /// </summary>
    Task MarkFailedAsync(long id, string dispatcherId, string error, DateTimeOffset? retryAt, bool permanent = false, CancellationToken ct = default);

    /// <summary>What was planned, sent and failed for an organisation and period (coordinators' "påminnelser T2").</summary>
    Task<IReadOnlyList<OutboxItem>> ListAsync(string organisation, ReportingPeriod period, CancellationToken ct = default);

    Task<bool> IsPausedAsync(string organisation, CancellationToken ct = default);

    Task SetPausedAsync(string organisation, bool paused, string changedBy, CancellationToken ct = default);
}

public enum OutboxState
{
    Pending,
    Sent,
    Failed,
    GivenUp,
}

public sealed record OutboxItem(long Id, ReminderMessage Message, OutboxState State)
{
    public int Attempts { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }
}
