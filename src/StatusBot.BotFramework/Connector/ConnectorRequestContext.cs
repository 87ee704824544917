namespace StatusBot.BotFramework.Connector;

/// <summary>Per-request facts the connector pipeline's handlers need (rate-limit partitions).</summary>
internal static class ConnectorRequestContext
{
    public static readonly HttpRequestOptionsKey<string> ConversationId = new("StatusBot.ConversationId");
    public static readonly HttpRequestOptionsKey<string> TenantId = new("StatusBot.TenantId");
}
