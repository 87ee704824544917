using System.Diagnostics;
using System.Net;
using static StatusBot.Tests.Hosting.HealthEndpointTests;

namespace StatusBot.Tests.Hosting;

/// <summary>
/// The PostgreSQL store going away and coming back under a running app. The database sits behind a
/// <see cref="TcpProxy"/>, so "down" is exactly what the app would see if the server stopped or the network went
/// silent, while the data survives for the recovery.
/// </summary>
[Collection(HostingPostgresCollection.Name)]
public sealed class PostgresHealthTests(TestPostgres postgres)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(6);

    /// <summary>A refused connection (a stopped server) and a silent network (connections accepted, never answered).</summary>
    [Theory]
    [InlineData("refused")]
    [InlineData("silent")]
    public async Task Readiness_follows_the_database_down_and_up_within_the_bound_while_liveness_stays_ok(string outage)
    {
        await using var proxy = postgres.StartProxy();
        var store = await postgres.CreateDatabaseAsync(proxy);
        await using var bot = await HostedBot.StartAsync(store, settings: NoDemo);
        await AssertAnswers(bot, "readyz", HttpStatusCode.OK, "ready");

        if (outage == "refused") proxy.Refuse();
        else proxy.Blackhole();
        await AssertWithin(Bound, () => AssertAnswers(bot, "readyz", HttpStatusCode.ServiceUnavailable, "store not ready"));
        await AssertWithin(Bound, () => AssertAnswers(bot, "readyz", HttpStatusCode.ServiceUnavailable, "store not ready"));
        await AssertAnswers(bot, "healthz", HttpStatusCode.OK, "ok");

        proxy.Forward();
        await Eventually(TimeSpan.FromSeconds(15), () => AssertAnswers(bot, "readyz", HttpStatusCode.OK, "ready"));
    }

    [Fact]
    public async Task An_empty_postgres_database_is_not_ready()
    {
        await using var proxy = postgres.StartProxy();
        var store = await postgres.CreateDatabaseAsync(proxy);
        await using var bot = await HostedBot.StartAsync(store, settings: NoDemo, initialise: false);

        await AssertAnswers(bot, "readyz", HttpStatusCode.ServiceUnavailable, "store not ready");
        await AssertAnswers(bot, "healthz", HttpStatusCode.OK, "ok");
    }

    private static async Task AssertWithin(TimeSpan bound, Func<Task> check)
    {
        var watch = Stopwatch.StartNew();
        await check();
        Assert.True(watch.Elapsed < bound, $"took {watch.Elapsed}, bound {bound}");
    }

    private static async Task Eventually(TimeSpan limit, Func<Task> check)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await check();
                return;
            }
            catch (Exception) when (watch.Elapsed < limit)
            {
                await Task.Delay(250);
            }
        }
    }
}
