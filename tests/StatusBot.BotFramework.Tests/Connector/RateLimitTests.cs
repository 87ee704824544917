using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Extensions.Options;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Schema;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Connector;

public sealed class RateLimitTests
{
    [Fact]
    public async Task BurstToOneConversationIsHeldToSevenPerSecond()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            host.Client.SendToConversationAsync(host.ServiceUrl, "a:busy", new Activity { Text = $"{i}" })));
        watch.Stop();

        var arrivals = host.Connector.Requests.Select(r => r.At).Order().ToArray();
        Assert.Equal(20, arrivals.Length);
        // 20 sends at 7 per second need two full windows after the first seven; allow for timer granularity.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.6), $"20 sends took only {watch.Elapsed}");
        Assert.True(arrivals[7] - arrivals[0] >= TimeSpan.FromSeconds(0.8), "the eighth send did not wait for the window");
        Assert.True(arrivals[14] - arrivals[0] >= TimeSpan.FromSeconds(1.6), "the fifteenth send did not wait for the second window");
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
