using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace StatusBot.BotFramework.Authentication;

/// <summary>
/// Signing keys of one OpenID issuer, cached and refreshed: at most every <c>refreshInterval</c>, and on an
/// unknown key id no more often than <c>minRefreshInterval</c>. We fetch the JWKS ourselves rather than through
/// <c>ConfigurationManager</c> because (1) the endorsements are not kept by <see cref="JsonWebKeySet"/> and must be
/// read from the raw JSON, and (2) since IdentityModel 8 the manager refreshes in the background, so a request
/// signed with a freshly rotated key would fail; here the refresh on an unknown kid completes before validation.
/// </summary>
internal sealed class SigningKeySource(
    string metadataUrl, Func<HttpClient> httpClientFactory, TimeProvider time, TimeSpan refreshInterval,
    TimeSpan minRefreshInterval, ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningMetadata? _current;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;
    private DateTimeOffset _refreshDue = DateTimeOffset.MinValue;

    /// <summary>The cached metadata, fetched first if missing or older than the refresh interval.</summary>
    public async Task<SigningMetadata> GetAsync(CancellationToken ct)
    {
        var current = _current;
        if (current is not null && time.GetUtcNow() < _refreshDue) return current;
        return await RefreshAsync(force: false, ct);
    }

    /// <summary>Refetches because a token named a key we do not know, unless that was done very recently.</summary>
    public async Task<SigningMetadata> RefreshForUnknownKeyAsync(CancellationToken ct) => await RefreshAsync(force: true, ct);

    private async Task<SigningMetadata> RefreshAsync(bool force, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            if (_current is not null)
            {
                if (force && now - _lastForcedRefresh < minRefreshInterval) return _current;
                if (!force && now < _refreshDue) return _current; // another caller refreshed meanwhile
            }
            if (force) _lastForcedRefresh = now;

            try
            {
                _current = await FetchAsync(ct);
                _refreshDue = now + refreshInterval;
                logger.LogInformation("Fetched {Count} signing keys from {MetadataUrl}", _current.KeysById.Count, metadataUrl);
            }
            catch (Exception ex) when (_current is not null && ex is not OperationCanceledException)
            {
                // Keep validating with the keys we have rather than failing every request while the issuer is down,
                // and do not ask again on every request: wait the minimum interval.
                _refreshDue = now + minRefreshInterval;
                logger.LogWarning("Refreshing signing keys from {MetadataUrl} failed ({Error}); keeping the cached keys", metadataUrl, ex.GetType().Name);
            }
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningMetadata> FetchAsync(CancellationToken ct)
    {
        var http = httpClientFactory();
        var metadataJson = await http.GetStringAsync(metadataUrl, ct);
        var configuration = OpenIdConnectConfiguration.Create(metadataJson);
        if (string.IsNullOrWhiteSpace(configuration.JwksUri))
            throw new InvalidOperationException("OpenID metadata has no jwks_uri.");

        var jwksJson = await http.GetStringAsync(configuration.JwksUri, ct);
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        foreach (var key in new JsonWebKeySet(jwksJson).GetSigningKeys())
            if (!string.IsNullOrEmpty(key.KeyId)) keys[key.KeyId] = key;

        return new SigningMetadata(keys, ReadEndorsements(jwksJson), time.GetUtcNow());
    }

    /// <summary>Reads <c>keys[].endorsements</c>, which the standard JWKS model drops.</summary>
    internal static Dictionary<string, string[]> ReadEndorsements(string jwksJson)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array) return result;
        foreach (var key in keys.EnumerateArray())
        {
            if (!key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String) continue;
            if (!key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array) continue;
            result[kid.GetString()!] = endorsements.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray();
        }
        return result;
    }
}
