using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace StatusBot.Graph;

/// <summary>Builds the app-only GraphServiceClient from <see cref="GraphOptions"/>.</summary>
public static class GraphClients
{
    public static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <param name="credential">Null chooses from configuration: client secret, else managed identity.</param>
    /// <param name="innermost">The transport; tests pass a handler for a local fake Graph.</param>
    public static GraphServiceClient Create(GraphOptions options, TokenCredential? credential = null, HttpMessageHandler? innermost = null,
        IAuthenticationProvider? authentication = null)
    {
        // The SDK's RetryHandler would multiply with our retries (GraphResilience), which honour Retry-After themselves.
        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToList();
        var http = GraphClientFactory.Create(handlers, finalHandler: innermost);
        var baseUrl = options.BaseUrl.TrimEnd('/');
        return authentication is not null
            ? new GraphServiceClient(http, authentication, baseUrl)
            : new GraphServiceClient(http, credential ?? Credential(options), Scopes, baseUrl);
    }

    public static TokenCredential Credential(GraphOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            if (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId))
                throw new InvalidOperationException("Graph:ClientSecret kräver även Graph:TenantId och Graph:ClientId.");
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        }
        return string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
    }
}
