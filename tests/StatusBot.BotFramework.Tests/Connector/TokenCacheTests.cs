using Microsoft.Extensions.Time.Testing;
using StatusBot.BotFramework.Connector;

namespace StatusBot.BotFramework.Tests.Connector;

public sealed class TokenCacheTests
{
    [Fact]
    public async Task TokenIsReusedUntilShortlyBeforeExpiry()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T08:00:00Z"));
        var provider = new Infrastructure.CountingTokenProvider(time); // tokens live one hour

        Assert.Equal("token-1", await provider.GetTokenAsync(false, CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await provider.GetTokenAsync(false, CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(2)); // inside the five-minute renewal margin
        Assert.Equal("token-2", await provider.GetTokenAsync(false, CancellationToken.None));
        Assert.Equal(2, provider.Acquisitions);
    }

    [Fact]
    public async Task ForcedRefreshReplacesAFreshToken()
    {
        var provider = new Infrastructure.CountingTokenProvider(new FakeTimeProvider());
        await provider.GetTokenAsync(false, CancellationToken.None);
        Assert.Equal("token-2", await provider.GetTokenAsync(true, CancellationToken.None));
        Assert.Equal("token-2", await provider.GetTokenAsync(false, CancellationToken.None));
    }

    [Fact]
    public async Task ConcurrentCallersShareOneAcquisition()
    {
        var provider = new Infrastructure.CountingTokenProvider(new FakeTimeProvider());
        var tokens = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => provider.GetTokenAsync(false, CancellationToken.None)));
        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, provider.Acquisitions);
    }

    [Fact]
    public void TokenNeverAppearsInToString() =>
        Assert.DoesNotContain("secret-token", new ConnectorToken("secret-token", DateTimeOffset.UnixEpoch).ToString());
}
