namespace StatusBot.Mcp;

/// <summary>Configuration section "Mcp" (see docs/copilot.md).</summary>
public sealed class McpOptions
{
    public const string SectionName = "Mcp";

    /// <summary>Maps /mcp at all. On by default; without <see cref="Audience"/> it answers loopback callers only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The app's Application ID URI, <c>api://{domain}/{appId}</c>: the audience Copilot's tokens carry. Empty =
    /// local development: no token, loopback callers only, acting as <see cref="DevelopmentUserId"/>.
    /// </summary>
    public string? Audience { get; set; }

    /// <summary>The app's client id, also accepted as audience (Entra v2 tokens carry it). Default: Bot:AppId.</summary>
    public string? ClientId { get; set; }

    /// <summary>The Entra tenant whose tokens are accepted. Default: Bot:TenantId.</summary>
    public string? TenantId { get; set; }

    /// <summary>OpenID metadata; default https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration.</summary>
    public string? MetadataUrl { get; set; }

    /// <summary>In development mode, the Entra object id the loopback caller acts as (its roles decide what it reads).</summary>
    public string? DevelopmentUserId { get; set; }

    public bool RequiresToken => !string.IsNullOrWhiteSpace(Audience);

    public string ResolvedMetadataUrl =>
        !string.IsNullOrWhiteSpace(MetadataUrl) ? MetadataUrl
        : $"https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration";
}
