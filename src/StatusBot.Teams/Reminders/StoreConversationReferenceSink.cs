using System.Collections.Concurrent;
using StatusBot.BotFramework.Hosting;
using StatusBot.BotFramework.Schema;
using StatusBot.Domain.Store;

namespace StatusBot.Teams.Reminders;

/// <summary>
/// Remembers the personal (1:1) conversation of everyone who writes to the bot, so reminders can reach them later.
/// Group chats and channels are not where a personal reminder belongs, and are skipped.
/// </summary>
/// <remarks>
/// Every message arrives with the same reference as the one before it, and writing it was the largest single cost of
/// answering a question (one SQLite write transaction per message: ~1 100 status answers per second on one core with
/// the write, ~4 700 without; bench/load). So an unchanged reference is written at most once per
/// <see cref="RefreshInterval"/>: seen_at and the clearing of "unreachable" lag by at most that long.
/// </remarks>
public sealed class StoreConversationReferenceSink(IConversationReferenceStore store, TimeProvider clock) : IConversationReferenceSink
{
    public const string Personal = "personal";

    /// <summary>How long an unchanged reference is not written again.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(60);

    // Bounds memory if many distinct users write within one interval; forgetting only costs a write.
    private const int MaxRemembered = 20_000;

    private readonly ConcurrentDictionary<string, (StoredConversationReference Reference, DateTimeOffset SavedAt)> _lastSaved =
        new(StringComparer.OrdinalIgnoreCase);

    public async Task OnReferenceAsync(ConversationReference reference, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!string.Equals(reference.ConversationType, Personal, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(reference.UserAadObjectId))
            return;
        var now = clock.GetUtcNow();
        var stored = new StoredConversationReference(reference.UserAadObjectId, reference.ServiceUrl,
            reference.ConversationId, reference.TenantId, reference.BotId, reference.UserId, now);
        if (_lastSaved.TryGetValue(stored.AadObjectId, out var last)
            && last.Reference == stored with { SeenAt = last.Reference.SeenAt }
            && now - last.SavedAt < RefreshInterval)
            return;
        await store.SaveAsync(stored, ct);
        if (_lastSaved.Count >= MaxRemembered) _lastSaved.Clear();
        _lastSaved[stored.AadObjectId] = (stored, now);
    }
}
