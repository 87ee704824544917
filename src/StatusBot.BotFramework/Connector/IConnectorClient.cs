using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3) against a conversation's service URL. Calls are rate-limited to Teams' limits,
/// retried on 412/429/502/503/504 (honouring Retry-After) and carry the bot's token only to trusted hosts.
/// Non-success answers after retries, and a connector that cannot be reached, throw <see cref="ConnectorException"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct = default);

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct = default);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c> (e.g. replace a card).</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct = default);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct = default);

    /// <summary><c>POST v3/conversations</c>.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct = default);

    /// <summary>
    /// Creates (or finds: Teams returns the existing one) the 1:1 conversation between the bot and a user, for
    /// proactive messages. <paramref name="userId"/> is the user's channel id (<c>29:…</c>) or Entra object id.
    /// </summary>
    Task<ConversationResourceResponse> CreatePersonalConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken ct = default);
}
