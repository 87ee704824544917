using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.BotFramework.Tests.Infrastructure;
using static StatusBot.BotFramework.Tests.Security.SecurityFixture;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// Issue 12 item 2: a hanging OpenID/JWKS endpoint turned every request into a 500 after 15 s once the refresh was
/// due, and at cold start concurrent requests queued 15, 30, 45, 60 s. Cached keys must keep serving, the refresh
/// must be single-flight and bounded, and a failure must move the next attempt.
/// </summary>
public sealed class SigningKeyOutageTests
{
    private static async Task<(FakeIdentityProvider Idp, BotTestHost Host, FakeTimeProvider Time)> StartAsync()
    {
        var idp = await FakeIdentityProvider.StartAsync(BotFrameworkIssuer);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AppId"] = AppId,
            ["OpenIdMetadataUrl"] = idp.MetadataUrl,
            ["SigningKeyFetchTimeoutSeconds"] = "1",
            ["SigningKeyMinRefreshSeconds"] = "300",
        }, services => services.AddSingleton<TimeProvider>(time));
        return (idp, host, time);
    }

    private static string Token(SigningKey key) => FakeIdentityProvider.CreateToken(key, BotFrameworkIssuer, AppId, Activities.ServiceUrl);

    private static async Task<(HttpStatusCode Status, TimeSpan Took)> TimedPostAsync(BotTestHost host, string token)
    {
        var clock = Stopwatch.StartNew();
        using var response = await host.PostAsync(Activities.Message().ToJsonString(), token);
        return (response.StatusCode, clock.Elapsed);
    }

    [Fact]
    public async Task HangingRefreshKeepsServingTheCachedKeysWithoutWaiting()
    {
        var (idp, host, time) = await StartAsync();
        await using var _ = idp;
        await using var __ = host;
        var key = idp.AddKey(["msteams"]);
        Assert.Equal(HttpStatusCode.OK, (await TimedPostAsync(host, Token(key))).Status);

        idp.Hanging = true;
        time.Advance(TimeSpan.FromHours(25)); // the daily refresh is due
        var fetchesBefore = idp.JwksFetches;
        for (var i = 0; i < 3; i++)
        {
            var (status, took) = await TimedPostAsync(host, Token(key)).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(took < TimeSpan.FromSeconds(2), $"request {i} waited {took} for a hanging refresh");
        }
        await Task.Delay(1500); // the background refresh times out
        var (afterTimeout, _) = await TimedPostAsync(host, Token(key));
        Assert.Equal(HttpStatusCode.OK, afterTimeout);
        Assert.Equal(fetchesBefore + 1, idp.JwksFetches); // one bounded attempt, then the retry delay holds
    }

    [Fact]
    public async Task ConcurrentColdStartRequestsShareOneBoundedFetchAndNeverGet500()
    {
        var (idp, host, _) = await StartAsync();
        await using var __ = idp;
        await using var ___ = host;
        var key = idp.AddKey(["msteams"]);
        idp.Hanging = true;

        var requests = Enumerable.Range(0, 4).Select(_ => TimedPostAsync(host, Token(key))).ToArray();
        var results = await Task.WhenAll(requests).WaitAsync(TimeSpan.FromSeconds(8));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status));
        Assert.All(results, r => Assert.True(r.Took < TimeSpan.FromSeconds(3), $"a cold-start request waited {r.Took}"));
        Assert.Equal(1, idp.JwksFetches);
    }

    [Fact]
    public async Task AfterAFailedColdStartTheNextRequestsFailFastUntilTheRetryDelayThenRecover()
    {
        var (idp, host, time) = await StartAsync();
        await using var _ = idp;
        await using var __ = host;
        var key = idp.AddKey(["msteams"]);
        idp.Hanging = true;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await TimedPostAsync(host, Token(key)).WaitAsync(TimeSpan.FromSeconds(8))).Status);
        // One attempt; on a loaded machine the 1 s timeout may already end it in the metadata request, before the keys.
        var fetchesOfTheFirstAttempt = idp.JwksFetches;
        Assert.InRange(fetchesOfTheFirstAttempt, 0, 1);

        var (status, took) = await TimedPostAsync(host, Token(key)).WaitAsync(TimeSpan.FromSeconds(8));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.True(took < TimeSpan.FromMilliseconds(800), $"the retry delay did not hold: {took}"); // a new fetch would take the 1 s timeout
        Assert.Equal(fetchesOfTheFirstAttempt, idp.JwksFetches);

        idp.Hanging = false;
        time.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(HttpStatusCode.OK, (await TimedPostAsync(host, Token(key))).Status);
    }

    [Fact]
    public async Task FailingRefreshLogsAStructuredWarningWithoutTheExceptionMessage()
    {
        var (idp, host, time) = await StartAsync();
        await using var _ = idp;
        await using var __ = host;
        var key = idp.AddKey(["msteams"]);
        Assert.Equal(HttpStatusCode.OK, (await TimedPostAsync(host, Token(key))).Status);
        idp.Unavailable = true;
        time.Advance(TimeSpan.FromHours(25));
        Assert.Equal(HttpStatusCode.OK, (await TimedPostAsync(host, Token(key))).Status);
        await Task.Delay(300);
        Assert.Contains(host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Text.Contains("keeping the cached keys", StringComparison.Ordinal) && e.Text.Contains("Reason=HttpRequestException", StringComparison.Ordinal));
        // The exception's own message (which can carry a URL or a server's words) is not logged, only its type.
        Assert.DoesNotContain(host.Logs.Entries, e => e.Text.Contains("Response status code does not indicate success", StringComparison.Ordinal));
    }
}
