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
/// <remarks>
/// An issuer that hangs or fails must not take requests down with it (issue 12): there is at most one fetch in
/// flight, shared by every waiter, and it is cut off after <c>fetchTimeout</c>. A due refresh runs in the background
/// while the cached keys keep serving; only a request that has no usable key (cold start, unknown kid) waits for it.
/// A failed fetch moves the next attempt: <c>minRefreshInterval</c> later while keys are cached,
/// <see cref="ColdRetryDelay"/> (at most) when there are none, and until then a keyless request fails at once.
/// </remarks>
internal sealed class SigningKeySource(
    string metadataUrl, Func<HttpClient> httpClientFactory, TimeProvider time, TimeSpan refreshInterval,
    TimeSpan minRefreshInterval, ILogger logger, TimeSpan? fetchTimeout = null)
{
    /// <summary>Longest wait before retrying when no keys were ever fetched.</summary>
    public static readonly TimeSpan ColdRetryDelay = TimeSpan.FromSeconds(10);

    private readonly TimeSpan _fetchTimeout = fetchTimeout ?? TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private SigningMetadata? _current;
    private Task<SigningMetadata?>? _inFlight;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;
    private DateTimeOffset _refreshDue = DateTimeOffset.MinValue;

    /// <summary>The refresh currently running, if any (tests wait for it).</summary>
    internal Task? PendingRefresh { get { lock (_gate) return _inFlight; } }

    /// <summary>
    /// The cached metadata. When a refresh is due it starts in the background and the cached keys are returned;
    /// with nothing cached the caller waits for the (shared, bounded) fetch.
    /// </summary>
    /// <exception cref="SigningKeysUnavailableException">Nothing cached and the fetch failed or may not be retried yet.</exception>
    public async Task<SigningMetadata> GetAsync(CancellationToken ct)
    {
        Task<SigningMetadata?>? fetch;
        lock (_gate)
        {
            var due = time.GetUtcNow() >= _refreshDue;
            fetch = due ? StartFetch() : _inFlight;
            if (_current is not null) return _current;
        }
        return await AwaitAsync(fetch, ct);
    }

    /// <summary>Refetches because a token named a key we do not know, unless that was done very recently.</summary>
    public async Task<SigningMetadata> RefreshForUnknownKeyAsync(CancellationToken ct)
    {
        Task<SigningMetadata?>? fetch;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_current is not null && now - _lastForcedRefresh < minRefreshInterval) return _current;
            if (_current is null && now < _refreshDue) throw new SigningKeysUnavailableException();
            _lastForcedRefresh = now;
            fetch = StartFetch();
        }
        return await AwaitAsync(fetch, ct);
    }

    private async Task<SigningMetadata> AwaitAsync(Task<SigningMetadata?>? fetch, CancellationToken ct)
    {
        var fetched = fetch is null ? null : await fetch.WaitAsync(ct);
        lock (_gate) return fetched ?? _current ?? throw new SigningKeysUnavailableException();
    }

    /// <summary>The fetch in flight, or a new one. Called under the lock.</summary>
    private Task<SigningMetadata?> StartFetch() => _inFlight is { IsCompleted: false } running ? running : _inFlight = FetchBoundedAsync();

    private async Task<SigningMetadata?> FetchBoundedAsync()
    {
        await Task.Yield(); // never run the fetch under the caller's lock
        // A real-time bound on a real network call; the refresh schedule itself follows the injected clock.
        using var timeout = new CancellationTokenSource(_fetchTimeout);
        try
        {
            var metadata = await FetchAsync(timeout.Token);
            lock (_gate)
            {
                _current = metadata;
                _refreshDue = time.GetUtcNow() + refreshInterval;
            }
            logger.LogInformation("Fetched {Count} signing keys from {MetadataUrl}", metadata.KeysById.Count, metadataUrl);
            return metadata;
        }
        catch (Exception ex)
        {
            bool hasCache;
            lock (_gate)
            {
                hasCache = _current is not null;
                _refreshDue = time.GetUtcNow() + (hasCache ? minRefreshInterval : Min(minRefreshInterval, ColdRetryDelay));
            }
            var reason = ex is OperationCanceledException ? "timeout" : ex.GetType().Name;
            if (hasCache)
                logger.LogWarning("Refreshing signing keys from {MetadataUrl} failed ({Reason}); keeping the cached keys", metadataUrl, reason);
            else
                logger.LogError("Fetching signing keys from {MetadataUrl} failed ({Reason}); no keys cached, requests get 503", metadataUrl, reason);
            return null;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

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
