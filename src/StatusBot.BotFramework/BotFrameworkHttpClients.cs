namespace StatusBot.BotFramework;

/// <summary>Names of the <see cref="IHttpClientFactory"/> clients this library registers.</summary>
public static class BotFrameworkHttpClients
{
    /// <summary>Fetches OpenID metadata and signing keys.</summary>
    public const string OpenIdMetadata = "StatusBot.BotFramework.OpenId";

    /// <summary>Calls the Bot Connector service (rate-limited, retried, authenticated).</summary>
    public const string Connector = "StatusBot.BotFramework.Connector";
}
