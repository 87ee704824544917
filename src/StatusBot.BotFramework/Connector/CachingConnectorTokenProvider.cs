namespace StatusBot.BotFramework.Connector;

/// <summary>
/// Caches a token until shortly before it expires so every send does not hit Entra ID; concurrent callers share
/// one acquisition. Subclasses only know how to acquire.
/// </summary>
public abstract class CachingConnectorTokenProvider(TimeProvider time) : IConnectorTokenProvider
{
    /// <summary>Tokens are renewed this long before they expire, to survive clock skew and slow requests.</summary>
    public static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The clock that decides freshness; subclasses use it to compute expiries in tests.</summary>
    protected TimeProvider Time { get; } = time;
    private ConnectorToken? _cached;

    /// <inheritdoc />
    public async Task<string> GetTokenAsync(bool forceRefresh, CancellationToken ct)
    {
        if (!forceRefresh && IsFresh(_cached)) return _cached!.Value.Value;
        var stale = _cached;
        await _gate.WaitAsync(ct);
        try
        {
            // Another caller may have refreshed while we waited; a forced refresh only needs a token newer than
            // the one that was rejected.
            if (IsFresh(_cached) && (!forceRefresh || !Equals(_cached, stale))) return _cached!.Value.Value;
            _cached = await AcquireAsync(forceRefresh, ct);
            return _cached.Value.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Obtains a new token from the identity provider.</summary>
    protected abstract Task<ConnectorToken> AcquireAsync(bool forceRefresh, CancellationToken ct);

    private bool IsFresh(ConnectorToken? token) => token is { } t && t.ExpiresOn - RenewBeforeExpiry > Time.GetUtcNow();
}
