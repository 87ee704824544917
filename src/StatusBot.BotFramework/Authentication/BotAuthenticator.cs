using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Authentication;

/// <summary>
/// Validates the Bearer JWT of an inbound activity the way the Bot Framework requires: issuer, audience (the app
/// id), lifetime with 5 minutes skew, RS256-family signature by a published key, the key's endorsement of the
/// activity's channel, the <c>serviceurl</c> claim, and the optional tenant allow-list. An Entra ID token (single-tenant
/// bot) must also name its calling app (<c>ver</c> + <c>appid</c>/<c>azp</c>, as the SDK requires of emulator and
/// skill tokens), that app must be on <c>AllowedCallerAppIds</c>, and the activity's tenant must be the token's.
/// The result says which kind of caller it was (<see cref="InboundCaller"/>).
/// </summary>
public sealed class BotAuthenticator
{
    /// <summary>Accepted signature algorithms; anything else (none, HS256, ES256, …) is rejected before key lookup.</summary>
    public static readonly IReadOnlySet<string> AllowedAlgorithms = new HashSet<string>(StringComparer.Ordinal)
        { SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512 };

    private const string ServiceUrlClaim = "serviceurl";
    private const string TenantClaim = "tid";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly BotOptions _options;
    private readonly ILogger<BotAuthenticator> _logger;
    private readonly SigningKeySource _botFrameworkKeys;
    private readonly SigningKeySource? _entraKeys;
    private readonly string[] _entraIssuers;
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Creates the authenticator; keys are fetched lazily on the first request.</summary>
    public BotAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<BotAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;
        var refresh = TimeSpan.FromHours(_options.SigningKeyRefreshHours);
        var minRefresh = TimeSpan.FromSeconds(_options.SigningKeyMinRefreshSeconds);
        HttpClient Http() => httpClientFactory.CreateClient(BotFrameworkHttpClients.OpenIdMetadata);
        var fetchTimeout = TimeSpan.FromSeconds(Math.Max(0.1, _options.SigningKeyFetchTimeoutSeconds));
        _botFrameworkKeys = new SigningKeySource(_options.EffectiveOpenIdMetadataUrl, Http, time, refresh, minRefresh, logger, fetchTimeout);
        var entraUrl = _options.EffectiveEntraOpenIdMetadataUrl;
        _entraKeys = entraUrl is null ? null : new SigningKeySource(entraUrl, Http, time, refresh, minRefresh, logger, fetchTimeout);
        _entraIssuers = string.IsNullOrWhiteSpace(_options.TenantId) ? []
            : [$"https://login.microsoftonline.com/{_options.TenantId}/v2.0", $"https://sts.windows.net/{_options.TenantId}/"];
    }

    /// <summary>
    /// Authenticates a request given its raw <c>Authorization</c> header and the parsed activity. With no app id
    /// configured every request succeeds (local development), except that the tenant allow-list still applies.
    /// </summary>
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_options.IsAuthenticationEnabled)
            return TenantAllowed(activity, null)
                ? AuthenticationResult.Success(null, InboundCaller.UnauthenticatedDevelopment)
                : AuthenticationResult.Fail("tenant not allowed");

        var token = ExtractBearer(authorizationHeader);
        if (token is null) return AuthenticationResult.Fail("missing bearer token");

        JsonWebToken jwt;
        try { jwt = new JsonWebToken(token); }
        catch (Exception ex) when (ex is ArgumentException or FormatException or System.Text.Json.JsonException)
        {
            return AuthenticationResult.Fail("malformed token");
        }

        if (!AllowedAlgorithms.Contains(jwt.Alg)) return AuthenticationResult.Fail($"algorithm '{LoggableAlgorithm(jwt.Alg)}' not allowed");

        var (source, issuers, isBotFramework) = SelectIssuer(jwt.Issuer);
        if (source is null) return AuthenticationResult.Fail("issuer not allowed");
        if (string.IsNullOrEmpty(jwt.Kid)) return AuthenticationResult.Fail("token has no key id");

        SigningMetadata metadata;
        try
        {
            metadata = await source.GetAsync(ct);
            if (!metadata.KeysById.ContainsKey(jwt.Kid)) metadata = await source.RefreshForUnknownKeyAsync(ct);
        }
        catch (SigningKeysUnavailableException)
        {
            // The source has logged why; the channel retries a 503.
            return AuthenticationResult.Unavailable("signing keys unavailable");
        }
        if (!metadata.KeysById.TryGetValue(jwt.Kid, out var key)) return AuthenticationResult.Fail("unknown signing key");

        var validation = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudience = _options.AppId,
            IssuerSigningKey = key,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
        });
        if (!validation.IsValid)
            return AuthenticationResult.Fail($"token invalid ({validation.Exception?.GetType().Name ?? "unknown"})");

        if (isBotFramework)
        {
            // The Bot Framework publishes which channels each key may sign for; a key for another channel must not
            // be able to impersonate Teams.
            if (!metadata.EndorsementsByKeyId.TryGetValue(jwt.Kid, out var endorsements)
                || !endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
                return AuthenticationResult.Fail("signing key not endorsed for the channel");
        }

        var identity = validation.ClaimsIdentity;
        var serviceUrlClaim = identity.FindFirst(ServiceUrlClaim)?.Value;
        // Bot Framework tokens always carry serviceurl; Entra-issued tokens may not, but if they do it must match.
        if ((isBotFramework || serviceUrlClaim is not null) && !SameServiceUrl(serviceUrlClaim, activity.ServiceUrl))
            return AuthenticationResult.Fail("serviceurl claim does not match the activity");

        var caller = InboundCaller.BotFrameworkChannel;
        if (!isBotFramework)
        {
            var (appId, failure) = CallerAppId.Read(identity);
            if (appId is null) return AuthenticationResult.Fail(failure!);
            if (!_options.AllowedCallerAppIds.Contains(appId, StringComparer.OrdinalIgnoreCase))
                return AuthenticationResult.Fail("calling app not allowed");
            // An app of the bot's tenant speaks for that tenant only; it may not file an activity under another one.
            var activityTenant = activity.GetTenantId();
            if (activityTenant is not null
                && !string.Equals(activityTenant, identity.FindFirst(TenantClaim)?.Value, StringComparison.OrdinalIgnoreCase))
                return AuthenticationResult.Fail("activity tenant differs from the token's tenant");
            caller = new InboundCaller(InboundCallerKind.AllowedApplication, appId);
        }

        if (!TenantAllowed(activity, identity)) return AuthenticationResult.Fail("tenant not allowed");
        return AuthenticationResult.Success(identity, caller);
    }

    private (SigningKeySource? Source, string[] Issuers, bool IsBotFramework) SelectIssuer(string? issuer)
    {
        if (string.Equals(issuer, BotOptions.BotFrameworkIssuer, StringComparison.Ordinal))
            return (_botFrameworkKeys, [BotOptions.BotFrameworkIssuer], true);
        if (_entraKeys is not null && _entraIssuers.Contains(issuer, StringComparer.Ordinal))
            return (_entraKeys, _entraIssuers, false);
        return (null, [], false);
    }

    private bool TenantAllowed(Activity activity, ClaimsIdentity? identity)
    {
        if (_options.AllowedTenantIds.Length == 0) return true;
        var tenant = activity.GetTenantId() ?? identity?.FindFirst(TenantClaim)?.Value;
        return tenant is not null && _options.AllowedTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase);
    }

    // The header is the caller's text: log the algorithm's name only when it looks like one.
    private static string LoggableAlgorithm(string? alg) =>
        alg is { Length: > 0 and <= 16 } && alg.All(char.IsAsciiLetterOrDigit) ? alg : "(unrecognised)";

    private static string? ExtractBearer(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return null;
        var token = header[scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    private static bool SameServiceUrl(string? claim, string? activityServiceUrl) =>
        claim is not null && activityServiceUrl is not null
        && string.Equals(claim.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
