using StatusBot.BotFramework.Hosting;
using StatusBot.BotFramework.Schema;
using StatusBot.Domain.Store;

namespace StatusBot.Reminders.Delivery;

/// <summary>
/// Remembers the personal (1:1) conversation of everyone who writes to the bot, so reminders can reach them later.
/// Group chats and channels are not where a personal reminder belongs, and are skipped.
/// </summary>
public sealed class StoreConversationReferenceSink(IConversationReferenceStore store, TimeProvider clock) : IConversationReferenceSink
{
    public const string Personal = "personal";

    public Task OnReferenceAsync(ConversationReference reference, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!string.Equals(reference.ConversationType, Personal, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(reference.UserAadObjectId))
            return Task.CompletedTask;
        return store.SaveAsync(new StoredConversationReference(reference.UserAadObjectId, reference.ServiceUrl,
            reference.ConversationId, reference.TenantId, reference.BotId, reference.UserId, clock.GetUtcNow()), ct);
    }
}
