namespace StatusBot.Graph;

/// <summary>
/// The few Microsoft Graph calls StatusBot makes, behind an interface we own so the rules above them (caching,
/// retries, what a 409 means) are tested without the SDK. Every failure is a <see cref="GraphCallException"/>.
/// </summary>
public interface IGraphGateway
{
    /// <summary>GET /users/{upnOrId}?$select=id,displayName,userPrincipalName.</summary>
    Task<GraphUser> GetUserAsync(string upnOrId, CancellationToken ct);

    /// <summary>GET /users/{upnOrId}/manager: the manager's UPN (404 when the person has none).</summary>
    Task<string?> GetManagerUpnAsync(string upnOrId, CancellationToken ct);

    /// <summary>POST /users/{userId}/teamwork/installedApps binding the catalog app.</summary>
    Task InstallAppAsync(string userId, string teamsAppCatalogId, CancellationToken ct);
}

public sealed record GraphUser(string Id, string? DisplayName, string? UserPrincipalName);

/// <summary>A Graph call answered with an error status (or not answered: status 0).</summary>
public sealed class GraphCallException(int statusCode, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The server's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Throttled or briefly unavailable: worth another try after a pause.</summary>
    public bool IsTransient => StatusCode is 0 or 429 or 502 or 503 or 504;
}
