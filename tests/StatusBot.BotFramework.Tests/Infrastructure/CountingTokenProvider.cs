using StatusBot.BotFramework.Connector;

namespace StatusBot.BotFramework.Tests.Infrastructure;

/// <summary>Issues <c>token-1</c>, <c>token-2</c>, … valid for an hour, counting acquisitions (the caching is real).</summary>
internal sealed class CountingTokenProvider(TimeProvider time) : CachingConnectorTokenProvider(time)
{
    private int _acquisitions;

    public int Acquisitions => Volatile.Read(ref _acquisitions);

    protected override Task<ConnectorToken> AcquireAsync(bool forceRefresh, CancellationToken ct)
    {
        var n = Interlocked.Increment(ref _acquisitions);
        return Task.FromResult(new ConnectorToken($"token-{n}", Time.GetUtcNow().AddHours(1)));
    }
}
