using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace StatusBot.Graph;

/// <summary>
/// <see cref="IGraphGateway"/> over the Microsoft Graph SDK. SDK errors become <see cref="GraphCallException"/> with
/// the status and Retry-After, so callers see one failure type whatever went wrong.
/// </summary>
public sealed class GraphSdkGateway(GraphServiceClient client) : IGraphGateway
{
    private const string AppCatalog = "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/";

    public Task<GraphUser> GetUserAsync(string upnOrId, CancellationToken ct) => CallAsync(async () =>
    {
        var user = await client.Users[upnOrId].GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "userPrincipalName"], ct);
        if (user?.Id is not { Length: > 0 } id) throw new GraphCallException(404, $"Graph returned no id for {upnOrId}.");
        return new GraphUser(id, user.DisplayName, user.UserPrincipalName);
    });

    public Task<string?> GetManagerUpnAsync(string upnOrId, CancellationToken ct) => CallAsync(async () =>
    {
        var manager = await client.Users[upnOrId].Manager.GetAsync(r => r.QueryParameters.Select = ["id", "userPrincipalName"], ct);
        return (manager as User)?.UserPrincipalName;
    });

    public Task InstallAppAsync(string userId, string teamsAppCatalogId, CancellationToken ct) => CallAsync(async () =>
    {
        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = AppCatalog + Uri.EscapeDataString(teamsAppCatalogId) },
        };
        await client.Users[userId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: ct);
        return true;
    });

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException e)
        {
            throw new GraphCallException(e.ResponseStatusCode, $"Graph svarade {e.ResponseStatusCode}: {e.Message}", RetryAfter(e), e);
        }
        catch (HttpRequestException e)
        {
            throw new GraphCallException(0, $"Graph gick inte att nå: {e.Message}", null, e);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            throw new GraphCallException(0, "Graph svarade inte i tid.", null, e);
        }
    }

    /// <summary>Retry-After in seconds (what Graph sends) or as an HTTP date.</summary>
    private static TimeSpan? RetryAfter(ApiException e)
    {
        if (e.ResponseHeaders is null) return null;
        var value = e.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(seconds);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero
            : null;
    }
}
