namespace StatusBot.Graph;

/// <summary>
/// Configuration section "Graph": app-only access to Microsoft Graph. Either a client secret (TenantId, ClientId,
/// ClientSecret) or a managed identity (ManagedIdentityClientId; empty for the system-assigned one).
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Nothing of Graph is registered unless this is true.</summary>
    public bool Enabled { get; set; }

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Used when no ClientSecret is set; null or empty means the system-assigned managed identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The app's id in the organisation's Teams app catalog (not the manifest id), for installing it for a person.</summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>Where Graph lives; changed only for national clouds and tests against a local fake.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>How long a resolved person or manager is trusted before Graph is asked again.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Retries of a throttled (429) or unavailable (503, 504) call, each after Retry-After or a backoff.</summary>
    public int MaxRetries { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often every responsible person's object id and manager are refreshed in the background.</summary>
    public TimeSpan ResolveInterval { get; set; } = TimeSpan.FromHours(12);
}
