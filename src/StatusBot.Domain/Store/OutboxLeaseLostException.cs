namespace StatusBot.Domain.Store;

/// <summary>
/// A dispatcher tried to record the result of a reminder it no longer holds: its lease ran out and another
/// dispatcher claimed the message (which may therefore reach the person twice — the documented single duplicate).
/// </summary>
public sealed class OutboxLeaseLostException(long id, string dispatcherId)
    : InvalidOperationException($"Outbox message {id} is no longer leased to {dispatcherId}.")
{
    public long Id { get; } = id;

    public string DispatcherId { get; } = dispatcherId;
}
