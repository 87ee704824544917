using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace StatusBot.BotFramework.Connector;

/// <summary>
/// Attaches the bot's token to connector requests, but only for trusted service URLs; on a 401 it fetches a fresh
/// token and retries exactly once (the cached token may have been revoked or rotated).
/// </summary>
internal sealed class ConnectorAuthenticationHandler(
    ServiceUrlPolicy policy, ILogger<ConnectorAuthenticationHandler> logger, IConnectorTokenProvider? tokenProvider = null)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("Connector request without a URI.");
        switch (policy.Evaluate(uri))
        {
            case ServiceUrlTrust.Untrusted:
                throw new UntrustedServiceUrlException(uri.Host);
            case ServiceUrlTrust.AnonymousLoopback:
                request.Headers.Authorization = null;
                return await base.SendAsync(request, ct);
        }

        if (tokenProvider is null) throw new ConnectorCredentialsMissingException();

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokenProvider.GetTokenAsync(false, ct));
        var response = await base.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.Unauthorized) return response;

        logger.LogWarning("Connector answered 401 for {Method} {Host}; refreshing the token once", request.Method, uri.Host);
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokenProvider.GetTokenAsync(true, ct));
        return await base.SendAsync(request, ct);
    }
}
