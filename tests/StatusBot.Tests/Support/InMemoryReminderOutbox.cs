using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;

namespace StatusBot.Tests.Support;

/// <summary>
/// The outbox port kept in memory, with the store's semantics that the planner and the coordinator questions rely on:
/// a key is enqueued once; items can be marked sent or failed; pauses are per organisation.
/// </summary>
internal sealed class InMemoryReminderOutbox : IReminderOutbox
{
    private readonly Lock _gate = new();
    private readonly List<OutboxItem> _items = [];
    private readonly Dictionary<string, string> _pausedBy = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<OutboxItem> Items { get { lock (_gate) return _items.ToArray(); } }

    public Task<int> EnqueueAsync(IReadOnlyList<ReminderMessage> messages, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var added = 0;
            foreach (var m in messages)
            {
                if (_items.Any(i => i.Message.IdempotencyKey == m.IdempotencyKey)) continue;
                _items.Add(new OutboxItem(_items.Count + 1, m, OutboxState.Pending));
                added++;
            }
            return Task.FromResult(added);
        }
    }

    public Task<IReadOnlyList<OutboxItem>> ClaimAsync(string dispatcherId, int max, TimeSpan lease, CancellationToken ct = default) =>
        throw new NotSupportedException("Dispatching is not this fake's subject.");

    public Task MarkSentAsync(long id, string dispatcherId, CancellationToken ct = default)
    {
        Update(id, i => i with { State = OutboxState.Sent, Attempts = i.Attempts + 1, SentAt = i.Message.DueAt });
        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(long id, string dispatcherId, string error, DateTimeOffset? retryAt, bool permanent = false, CancellationToken ct = default)
    {
        Update(id, i => i with
        {
            State = retryAt is null || permanent ? OutboxState.GivenUp : OutboxState.Failed,
            Attempts = i.Attempts + 1,
            LastError = error,
            NextAttemptAt = permanent ? null : retryAt,
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxItem>> ListAsync(string organisation, ReportingPeriod period, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<OutboxItem>>(_items
                .Where(i => i.Message.Period == period && string.Equals(i.Message.Organisation, organisation, StringComparison.OrdinalIgnoreCase))
                .ToArray());
    }

    public Task<bool> IsPausedAsync(string organisation, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_pausedBy.ContainsKey(organisation));
    }

    public Task SetPausedAsync(string organisation, bool paused, string changedBy, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (paused) _pausedBy[organisation] = changedBy;
            else _pausedBy.Remove(organisation);
        }
        return Task.CompletedTask;
    }

    private void Update(long id, Func<OutboxItem, OutboxItem> change)
    {
        lock (_gate)
        {
            var index = _items.FindIndex(i => i.Id == id);
            _items[index] = change(_items[index]);
        }
    }
}
