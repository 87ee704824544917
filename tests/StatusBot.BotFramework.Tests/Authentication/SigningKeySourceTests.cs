using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StatusBot.BotFramework.Authentication;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Authentication;

public sealed class SigningKeySourceTests
{
    private static readonly HttpClient Http = new();

    private static SigningKeySource Source(FakeIdentityProvider idp, TimeProvider time) =>
        new(idp.MetadataUrl, () => Http, time, TimeSpan.FromHours(24), TimeSpan.FromMinutes(5), NullLogger.Instance);

    [Fact]
    public async Task KeysAreCachedForADayThenRefetched()
    {
        await using var idp = await FakeIdentityProvider.StartAsync("https://api.botframework.com");
        var key = idp.AddKey(["msteams"]);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T08:00:00Z"));
        var source = Source(idp, time);

        var first = await source.GetAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromHours(23));
        await source.GetAsync(CancellationToken.None);
        Assert.Equal(1, idp.JwksFetches);
        Assert.Equal(["msteams"], first.EndorsementsByKeyId[key.KeyId]);

        time.Advance(TimeSpan.FromHours(2));
        await source.GetAsync(CancellationToken.None); // served from the cache; the refresh runs in the background
        await source.PendingRefresh!;
        Assert.Equal(2, idp.JwksFetches);
    }

    [Fact]
    public async Task UnknownKeyRefreshesAreSpacedByTheMinimumInterval()
    {
        await using var idp = await FakeIdentityProvider.StartAsync("https://api.botframework.com");
        idp.AddKey(["msteams"]);
        var time = new FakeTimeProvider();
        var source = Source(idp, time);
        await source.GetAsync(CancellationToken.None);

        await source.RefreshForUnknownKeyAsync(CancellationToken.None);
        await source.RefreshForUnknownKeyAsync(CancellationToken.None);
        Assert.Equal(2, idp.JwksFetches);
        time.Advance(TimeSpan.FromMinutes(6));
        await source.RefreshForUnknownKeyAsync(CancellationToken.None);
        Assert.Equal(3, idp.JwksFetches);
    }

    [Fact]
    public async Task AFailedRefreshKeepsTheCachedKeysAndWaitsBeforeTryingAgain()
    {
        await using var idp = await FakeIdentityProvider.StartAsync("https://api.botframework.com");
        var key = idp.AddKey(["msteams"]);
        var time = new FakeTimeProvider();
        var source = Source(idp, time);
        await source.GetAsync(CancellationToken.None);
        idp.Unavailable = true; // the issuer has an outage

        time.Advance(TimeSpan.FromHours(25));
        var metadata = await source.GetAsync(CancellationToken.None);
        Assert.True(metadata.KeysById.ContainsKey(key.KeyId));
        await source.PendingRefresh!;
        Assert.Equal(2, idp.JwksFetches);

        await source.GetAsync(CancellationToken.None);
        Assert.Equal(2, idp.JwksFetches); // not retried on every request
        time.Advance(TimeSpan.FromMinutes(6));
        idp.Unavailable = false;
        await source.GetAsync(CancellationToken.None);
        await source.PendingRefresh!;
        Assert.Equal(3, idp.JwksFetches);
    }

    [Fact]
    public void EndorsementsAreReadFromRawJwks()
    {
        var endorsements = SigningKeySource.ReadEndorsements("""
            {"keys":[{"kid":"a","kty":"RSA","endorsements":["msteams","skype"]},{"kid":"b","kty":"RSA"},{"kty":"RSA","endorsements":["x"]}]}
            """);
        Assert.Equal(["msteams", "skype"], endorsements["a"]);
        Assert.Single(endorsements);
    }
}
