using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Graph;
using StatusBot.Tests.EndToEnd;
using StatusBot.Tests.Hosting;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Tests.Faults;

/// <summary>
/// Reproduces: Microsoft Graph unreachable (its base URL on a closed port, its token endpoint not answering) when
/// the app starts with Graph enabled. Resolving people at start-up and on demand must fail softly: the app starts,
/// stays live and answers questions, and a lookup reports "unknown" instead of throwing into a turn.
/// </summary>
public sealed class GraphOutageTests
{
    [Fact]
    public async Task The_app_starts_and_answers_questions_while_Graph_is_down()
    {
        using var overall = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var connector = new FakeConnector();
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), connector, new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = $"http://127.0.0.1:{Playground.FreePort()}/v1.0",
            ["Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Graph:ClientSecret"] = "not-a-secret",
            ["Graph:MaxRetries"] = "1",
            ["Graph:RetryBaseDelay"] = "00:00:00.010",
            ["Responsibilities:0:Organisation"] = "Enskede-Årsta-Vantörs stadsdelsnämnd", ["Responsibilities:0:Year"] = "2023",
            ["Responsibilities:0:Goal"] = "3.6.1", ["Responsibilities:0:Upn"] = "anna@stockholm.se",
        });

        var health = await bot.Http.GetAsync("healthz", overall.Token);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var replies = connector.Answered.Count;
        var response = await bot.SendMessageAsync("hur går nämndmål 3.6.1?", ct: overall.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(connector.Answered.Count > replies, "no reply while Graph is down");

        // A lookup with Graph down is an answer ("not found" or an exception the caller handles), never a hang.
        var people = bot.Services.GetRequiredService<IPeopleDirectory>();
        var lookup = Task.Run(async () =>
        {
            try
            {
                return await people.ResolveAsync("anna@stockholm.se", overall.Token) is null ? "unknown" : "found";
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return "failed: " + e.GetType().Name;
            }
        });
        Assert.Same(lookup, await Task.WhenAny(lookup, Task.Delay(TimeSpan.FromSeconds(30), overall.Token)));
        Assert.NotEqual("found", await lookup);

        // Still answering after the failed lookups.
        var again = await bot.SendMessageAsync("hur går nämndmål 3.6.1?", ct: overall.Token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
