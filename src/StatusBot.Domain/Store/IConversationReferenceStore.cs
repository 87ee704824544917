namespace StatusBot.Domain.Store;

/// <summary>Where the bot can reach a person later (proactive messages): the last 1:1 conversation seen with them.</summary>
public interface IConversationReferenceStore
{
    Task SaveAsync(StoredConversationReference reference, CancellationToken ct = default);

    /// <summary>The personal conversation with the user (by Entra object id), or null when the bot never talked to them.</summary>
    Task<StoredConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken ct = default);

    /// <summary>Records that the user removed the app (or cannot be reached): not retried forever.</summary>
    Task MarkUnreachableAsync(string aadObjectId, string reason, CancellationToken ct = default);
}

public sealed record StoredConversationReference(
    string AadObjectId,
    string ServiceUrl,
    string ConversationId,
    string? TenantId,
    string? BotId,
    string? UserId,
    DateTimeOffset SeenAt)
{
    public string? UnreachableReason { get; init; }
}
