namespace StatusBot.BotFramework;

/// <summary>
/// Configuration of the Bot Framework layer, bound from the <c>Bot</c> section (environment variables
/// <c>Bot__AppId</c>, <c>Bot__AllowedTenantIds__0</c>, …). See docs/botframework.md for every key.
/// </summary>
public sealed class BotOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Bot";

    /// <summary>The Bot Framework OpenID metadata document.</summary>
    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of tokens the Bot Framework channel service signs.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>Scope of connector tokens.</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>Service URL host patterns trusted when <see cref="TrustedServiceUrls"/> is empty.</summary>
    public static readonly IReadOnlyList<string> DefaultTrustedServiceUrls =
        ["*.botframework.com", "smba.trafficmanager.net", "*.teams.microsoft.com", "*.botframework.azure.us"];

    /// <summary>
    /// The bot's Microsoft App ID (the audience of inbound tokens, the client id of outbound ones). Empty means
    /// unauthenticated local development: never run like that in production.
    /// </summary>
    public string? AppId { get; set; }

    /// <summary>Tenant of a single-tenant bot: enables Entra ID issuers and the tenant authority for tokens.</summary>
    public string? TenantId { get; set; }

    /// <summary>If not empty, only activities from these tenants are accepted.</summary>
    public string[] AllowedTenantIds { get; set; } = [];

    /// <summary>
    /// Entra app ids (the <c>appid</c>/<c>azp</c> of an Entra ID token of <see cref="TenantId"/>) that may call the
    /// endpoint besides the Bot Framework channel, e.g. the bot's own id for the Bot Framework Emulator or a skill
    /// host. Empty (the default): only the Bot Framework channel. Such callers never count as the channel.
    /// </summary>
    public string[] AllowedCallerAppIds { get; set; } = [];

    /// <summary>Client secret for client-credential tokens.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path of a PFX/PEM certificate for client-credential tokens (instead of a secret).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of the certificate file, if any.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Client id of a user-assigned managed identity; used when no secret or certificate is set.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Host patterns (<c>*.example.com</c> or exact hosts) allowed to receive the bot's token.</summary>
    public string[] TrustedServiceUrls { get; set; } = [];

    /// <summary>Allow <c>http://localhost</c>/<c>127.0.0.1</c> service URLs (Agents Playground, tests). Development only.</summary>
    public bool AllowLoopbackServiceUrls { get; set; }

    /// <summary>Largest accepted request body; larger bodies get 413.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>How long a handler may take before the endpoint answers without it (Teams gives up after ~15 s).</summary>
    public double HandlerTimeoutSeconds { get; set; } = 12;

    /// <summary>Teams' limit per conversation per second.</summary>
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Teams' limit per conversation per 30 seconds.</summary>
    public int PerConversationPer30Seconds { get; set; } = 60;

    /// <summary>Requests per second per tenant across all conversations.</summary>
    public int GlobalPerSecond { get; set; } = 30;

    /// <summary>Maximum retries of a throttled or unavailable connector call.</summary>
    public int MaxConnectorRetries { get; set; } = 4;

    /// <summary>Base delay of the exponential backoff (with jitter) when the connector gives no Retry-After.</summary>
    public int ConnectorRetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>Override of the Bot Framework OpenID metadata URL (tests).</summary>
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>Override of the Entra ID OpenID metadata URL for single-tenant bots (tests).</summary>
    public string? EntraOpenIdMetadataUrl { get; set; }

    /// <summary>Entra authority host for outbound tokens.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Signing keys are refreshed at least this often.</summary>
    public double SigningKeyRefreshHours { get; set; } = 24;

    /// <summary>Shortest time between two refreshes triggered by an unknown key id.</summary>
    public double SigningKeyMinRefreshSeconds { get; set; } = 300;

    /// <summary>
    /// How long one fetch of OpenID metadata and signing keys may take. Cached keys keep serving meanwhile; only a
    /// request without a usable cached key waits, and for at most this long.
    /// </summary>
    public double SigningKeyFetchTimeoutSeconds { get; set; } = 10;

    /// <summary>True when inbound requests are authenticated (an app id is configured).</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>True when outbound tokens can be obtained.</summary>
    public bool HasConnectorCredentials => IsAuthenticationEnabled
        && (!string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath)
            || !string.IsNullOrWhiteSpace(ManagedIdentityClientId));

    /// <summary>The trusted host patterns in force: the configured ones, or the defaults.</summary>
    public IReadOnlyList<string> EffectiveTrustedServiceUrls =>
        TrustedServiceUrls.Length > 0 ? TrustedServiceUrls : DefaultTrustedServiceUrls;

    /// <summary>The Bot Framework metadata URL in force.</summary>
    public string EffectiveOpenIdMetadataUrl => string.IsNullOrWhiteSpace(OpenIdMetadataUrl) ? BotFrameworkOpenIdMetadataUrl : OpenIdMetadataUrl;

    /// <summary>The Entra metadata URL in force, or null for a multi-tenant bot.</summary>
    public string? EffectiveEntraOpenIdMetadataUrl => !string.IsNullOrWhiteSpace(EntraOpenIdMetadataUrl) ? EntraOpenIdMetadataUrl
        : string.IsNullOrWhiteSpace(TenantId) ? null
        : $"{AuthorityHost.TrimEnd('/')}/{TenantId}/v2.0/.well-known/openid-configuration";
}
