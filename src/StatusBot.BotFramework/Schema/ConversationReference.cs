namespace StatusBot.BotFramework.Schema;

/// <summary>
/// Everything needed to message a user later (proactively): where the connector is, which conversation, who the
/// user and the bot are, and the tenant.
/// </summary>
/// <param name="ServiceUrl">Connector base URL for this conversation.</param>
/// <param name="ChannelId">Channel id, e.g. <c>msteams</c>.</param>
/// <param name="ConversationId">Conversation id.</param>
/// <param name="ConversationType"><c>personal</c>, <c>groupChat</c> or <c>channel</c>, when known.</param>
/// <param name="UserId">The user's channel id (<c>29:…</c>).</param>
/// <param name="UserAadObjectId">The user's Entra object id, when the channel sends it.</param>
/// <param name="UserName">The user's display name, when known.</param>
/// <param name="BotId">The bot's channel id (<c>28:…</c>).</param>
/// <param name="TenantId">Entra tenant id, when known.</param>
/// <param name="Locale">The user's locale, when known.</param>
public sealed record ConversationReference(
    string ServiceUrl,
    string ChannelId,
    string ConversationId,
    string? ConversationType,
    string? UserId,
    string? UserAadObjectId,
    string? UserName,
    string? BotId,
    string? TenantId,
    string? Locale);
