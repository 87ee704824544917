using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Schema;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Connector;

public sealed class RateLimitTests(ITestOutputHelper output)
{
    [Fact]
    public async Task BurstToOneConversationIsHeldToSevenPerSecond()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            host.Client.SendToConversationAsync(host.ServiceUrl, "a:busy", new Activity { Text = $"{i}" })));
        watch.Stop();

        Assert.Equal(20, host.Connector.Requests.Count);
        output.WriteLine($"20 sends to one conversation: {watch.Elapsed.TotalSeconds:F2} s");
        // 20 sends at 7 per second need two full windows after the first seven; allow for timer granularity.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.6), $"20 sends took only {watch.Elapsed}");
        // Not so slow that the limiter wastes the rate Teams allows (generous bound: the machine may be shared).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"20 sends took {watch.Elapsed}");
    }

    [Fact]
    public async Task NoMoreThanSevenPermitsPerSecondForOneConversation()
    {
        await using var limiter = Limiter(perConversationPerSecond: 7, perTenantPerSecond: 1000);
        var watch = Stopwatch.StartNew();
        var grantedAt = await Task.WhenAll(Enumerable.Range(0, 15).Select(async _ =>
        {
            using var lease = await limiter.AcquireAsync(Request("a:busy"), CancellationToken.None);
            Assert.True(lease.IsAcquired);
            return watch.Elapsed;
        }));
        var ordered = grantedAt.Order().ToArray();
        // Measured where the permits are granted, so network and server scheduling cannot blur it.
        Assert.True(ordered[7] - ordered[0] >= TimeSpan.FromSeconds(0.85), $"8th permit after {ordered[7] - ordered[0]}");
        Assert.True(ordered[14] - ordered[0] >= TimeSpan.FromSeconds(1.85), $"15th permit after {ordered[14] - ordered[0]}");
    }

    [Fact]
    public async Task ConversationsAreLimitedIndependently()
    {
        await using var limiter = Limiter(perConversationPerSecond: 2, perTenantPerSecond: 100);
        var first = await limiter.AcquireAsync(Request("a:one"), CancellationToken.None);
        var second = await limiter.AcquireAsync(Request("a:one"), CancellationToken.None);
        var third = limiter.AcquireAsync(Request("a:one"), CancellationToken.None);
        var other = limiter.AcquireAsync(Request("a:two"), CancellationToken.None);

        Assert.True(first.IsAcquired && second.IsAcquired);
        Assert.True(other.IsCompleted, "another conversation must not wait for a busy one");
        Assert.False(third.IsCompleted, "the third request in a second must queue");
        using var late = await third.AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(late.IsAcquired);
    }

    [Fact]
    public async Task TenantWideLimitSpansConversations()
    {
        await using var limiter = Limiter(perConversationPerSecond: 100, perTenantPerSecond: 3);
        for (var i = 0; i < 3; i++)
            Assert.True((await limiter.AcquireAsync(Request($"a:{i}"), CancellationToken.None)).IsAcquired);

        var fourth = limiter.AcquireAsync(Request("a:fresh"), CancellationToken.None);
        var otherTenant = limiter.AcquireAsync(Request("a:fresh", tenant: "tenant-2"), CancellationToken.None);

        Assert.False(fourth.IsCompleted, "the tenant has used its three permits this second");
        Assert.True(otherTenant.IsCompleted, "another tenant has its own budget");
        using var late = await fourth.AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(late.IsAcquired);
    }

    private static ConnectorRateLimiter Limiter(int perConversationPerSecond, int perTenantPerSecond) =>
        new(Options.Create(new BotOptions
        {
            PerConversationPerSecond = perConversationPerSecond,
            PerConversationPer30Seconds = 1000,
            GlobalPerSecond = perTenantPerSecond,
        }));

    private static HttpRequestMessage Request(string conversationId, string tenant = "tenant-1")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://smba.trafficmanager.net/emea/");
        request.Options.Set(ConnectorRequestContext.ConversationId, conversationId);
        request.Options.Set(ConnectorRequestContext.TenantId, tenant);
        return request;
    }
}
