using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace StatusBot.Mcp.Authentication;

/// <summary>
/// Validates the Entra ID access tokens Microsoft 365 Copilot sends for the plugin: RS256 signed by the tenant's
/// published keys, issued by the tenant, for the app's id URI (or client id), unexpired, delegated (a <c>scp</c>
/// claim) and with the user's object id. The
/// OpenID metadata and keys are cached by <see cref="ConfigurationManager{T}"/>; a token naming an unknown key id
/// forces one refresh (key rollover) before it is refused.
/// </summary>
internal sealed class EntraTokenValidator
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256];

    private readonly McpOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public EntraTokenValidator(IOptions<McpOptions> options, IHttpClientFactory httpClients)
    {
        _options = options.Value;
        var url = _options.ResolvedMetadataUrl;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(EntraTokenValidator)))
        {
            // Only a loopback issuer (tests, local development) may be plain http.
            RequireHttps = !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsLoopback,
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    /// <summary>The caller, or null with a short reason for the log (never the token itself).</summary>
    public async Task<(ClaimsPrincipal? Caller, string? Failure)> ValidateAsync(string token, CancellationToken ct)
    {
        var result = await ValidateOnceAsync(token, ct);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            _metadata.RequestRefresh();
            result = await ValidateOnceAsync(token, ct);
        }
        if (!result.IsValid) return (null, result.Exception?.GetType().Name ?? "invalid");
        var identity = result.ClaimsIdentity;
        var objectId = identity.FindFirst(McpCaller.ObjectIdClaim)?.Value;
        if (string.IsNullOrWhiteSpace(objectId)) return (null, "no oid claim");
        // Only delegated tokens speak for a person; an app-only token (roles, no scp) has a service principal's oid.
        if (string.IsNullOrWhiteSpace(identity.FindFirst("scp")?.Value)) return (null, "no scp claim (app-only token)");
        return (McpCaller.Principal(objectId, identity.FindFirst(McpCaller.TenantIdClaim)?.Value,
            identity.FindFirst("preferred_username")?.Value ?? identity.FindFirst("upn")?.Value,
            identity.FindFirst("name")?.Value, McpCaller.AuthenticationType), null);
    }

    private async Task<TokenValidationResult> ValidateOnceAsync(string token, CancellationToken ct)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata.GetConfigurationAsync(ct);
        }
        catch (InvalidOperationException e)
        {
            return new TokenValidationResult { IsValid = false, Exception = e };
        }
        var audiences = new[] { _options.Audience, _options.ClientId }.Where(a => !string.IsNullOrWhiteSpace(a)).ToArray();
        var issuers = new[] { configuration.Issuer, string.IsNullOrWhiteSpace(_options.TenantId) ? null : $"https://sts.windows.net/{_options.TenantId}/" }
            .Where(i => !string.IsNullOrWhiteSpace(i)).ToArray();
        return await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidAudiences = audiences,
            ValidIssuers = issuers,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        });
    }
}
