using System.Diagnostics;
using System.Net;

namespace StatusBot.Tests.Hosting;

/// <summary>Stopping the app (a deployment, a scale-in) lets a turn in flight finish sending its reply.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_reply_in_flight_when_the_app_stops_still_reaches_the_connector()
    {
        var connector = new FakeConnector { Delay = TimeSpan.FromSeconds(2) };
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), connector);

        var sending = bot.SendMessageAsync("hur går nämndmål 3.6.1?");
        await connector.FirstCallStarted.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Empty(connector.Answered);

        var watch = Stopwatch.StartNew();
        await bot.StopAsync();

        // The connector's 2 s were waited for, not cut short: the reply was delivered and the turn answered 200.
        var delivered = Assert.Single(connector.Answered);
        Assert.Equal(HttpMethod.Post, delivered.Method);
        Assert.Contains("/activities/", delivered.Uri.AbsolutePath);
        Assert.True(watch.Elapsed > TimeSpan.FromSeconds(1), $"stopped after {watch.Elapsed}: it did not wait for the send");
        using var response = await sending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_shutdown_timeout_is_configurable_and_defaults_to_20_seconds()
    {
        await using var byDefault = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), settings: HealthEndpointTests.NoDemo);
        await using var configured = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), settings: new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "false",
            [StatusBot.Hosting.BotHost.ShutdownTimeoutKey] = "45",
        });

        Assert.Equal(TimeSpan.FromSeconds(20), ShutdownTimeoutOf(byDefault));
        Assert.Equal(TimeSpan.FromSeconds(45), ShutdownTimeoutOf(configured));
    }

    private static TimeSpan ShutdownTimeoutOf(HostedBot bot) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Hosting.HostOptions>>(bot.Services).Value.ShutdownTimeout;
}
