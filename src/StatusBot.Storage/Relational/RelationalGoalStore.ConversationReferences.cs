using StatusBot.Storage.Sql;
using System.Data.Common;
using StatusBot.Domain.Store;

namespace StatusBot.Storage.Relational;

/// <summary>The last personal conversation seen with each person, for proactive reminders.</summary>
public abstract partial class RelationalGoalStore : IConversationReferenceStore
{
    public async Task SaveAsync(StoredConversationReference reference, CancellationToken ct = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(reference);
            ArgumentException.ThrowIfNullOrWhiteSpace(reference.AadObjectId);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            // A new conversation means the user has the app again: clear any earlier "unreachable".
            await using var command = connection.Command(tx, """
                INSERT INTO conversation_references (aad_object_id, service_url, conversation_id, tenant_id, bot_id, user_id, seen_at, unreachable_reason)
                VALUES (@aad, @service_url, @conversation_id, @tenant_id, @bot_id, @user_id, @seen_at, @unreachable)
                ON CONFLICT (aad_object_id) DO UPDATE SET service_url = excluded.service_url,
                    conversation_id = excluded.conversation_id, tenant_id = excluded.tenant_id, bot_id = excluded.bot_id,
                    user_id = excluded.user_id, seen_at = excluded.seen_at, unreachable_reason = excluded.unreachable_reason
                """)
                .With("@aad", Normalise(reference.AadObjectId))
                .With("@service_url", reference.ServiceUrl)
                .With("@conversation_id", reference.ConversationId)
                .With("@tenant_id", reference.TenantId)
                .With("@bot_id", reference.BotId)
                .With("@user_id", reference.UserId)
                .With("@seen_at", Storable(reference.SeenAt))
                .With("@unreachable", reference.UnreachableReason);
            await command.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task<StoredConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken ct = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginReadAsync(connection, ct);
            await using var command = connection.Command(tx, """
                SELECT aad_object_id, service_url, conversation_id, tenant_id, bot_id, user_id, seen_at, unreachable_reason
                FROM conversation_references WHERE aad_object_id = @aad
                """).With("@aad", Normalise(aadObjectId));
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) return null;
            return new StoredConversationReference(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.GetNullableString(3), reader.GetNullableString(4), reader.GetNullableString(5), reader.GetFieldValue<DateTimeOffset>(6))
            {
                UnreachableReason = reader.GetNullableString(7),
            };
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task MarkUnreachableAsync(string aadObjectId, string reason, CancellationToken ct = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
            ArgumentException.ThrowIfNullOrWhiteSpace(reason);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            // A person never seen gets a row too (empty conversation), so "removed the app" is remembered either way.
            await using var command = connection.Command(tx, """
                INSERT INTO conversation_references (aad_object_id, service_url, conversation_id, seen_at, unreachable_reason)
                VALUES (@aad, '', '', @now, @reason)
                ON CONFLICT (aad_object_id) DO UPDATE SET unreachable_reason = excluded.unreachable_reason
                """)
                .With("@aad", Normalise(aadObjectId))
                .With("@now", Storable(default))
                .With("@reason", reason);
            await command.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    /// <summary>Object ids are GUIDs that channels spell in either case.</summary>
    private static string Normalise(string aadObjectId) => aadObjectId.Trim().ToLowerInvariant();
}
