using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Teams.Cards;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Store;
using StatusBot.Application.Outcomes;
using StatusBot.Tests.Hosting;
using StatusBot.Domain.Outcomes;
using StatusBot.Teams.Bot;

namespace StatusBot.Tests.Faults;

/// <summary>
/// Reproduces: PostgreSQL restarting (connections refused, pooled connections cut) while chiefs ask questions and
/// submit outcomes. Before the fix a submission threw NpgsqlException out of the outcome flow and Teams got a 500.
/// Now no request hangs, writes answer "Försök igen", questions are answered from the in-memory index, and
/// writes succeed again after the restore without restarting the app.
/// </summary>
[Collection(HostingPostgresCollection.Name)]
public sealed class PostgresOutageTests(TestPostgres postgres)
{
    private const string Enskede = "Enskede-Årsta-Vantörs stadsdelsnämnd";
    private const string Chief = "aad-chef";
    // Generous for a noisy 2-core CI machine; a hang is unbounded, so any bound separates the two.
    private static readonly TimeSpan RequestBound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Requests_during_a_database_restart_fail_fast_in_Swedish_and_writes_recover_by_themselves()
    {
        using var overall = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await using var proxy = postgres.StartProxy();
        var store = await postgres.CreateDatabaseAsync(proxy);
        var connector = new FakeConnector();
        await using var bot = await HostedBot.StartAsync(store, connector, settings: new Dictionary<string, string?>
        {
            ["Responsibilities:0:Organisation"] = Enskede, ["Responsibilities:0:Year"] = "2023",
            ["Responsibilities:0:Goal"] = "3.6.1", ["Responsibilities:0:AadObjectId"] = Chief,
        });
        var goal = bot.Services.GetRequiredService<IGoalIndexSource>().Current.Plans
            .Single(p => p.Organisation == Enskede && p.Year == 2023)
            .Goals.Single(g => g.Number == "3.6.1" && g.Level == GoalLevel.Namndmal);
        var outcomes = bot.Services.GetRequiredService<IOutcomeStore>();

        var first = await SubmitAsync(bot, goal, version: 0, overall.Token);
        Assert.True(first.Contains("är inskickat"), first);

        proxy.Refuse();
        var repliesBefore = connector.Answered.Count;
        var retryAnswers = 0;
        for (var i = 0; i < 10; i++)
        {
            var text = await SubmitAsync(bot, goal, version: 1, overall.Token);
            Assert.DoesNotContain("är inskickat", text);
            if (text.Contains(OutcomeCards.StoreUnavailableText)) retryAnswers++;

            var status = await Timed(() => bot.SendMessageAsync("hur går nämndmål 3.6.1?", ct: overall.Token));
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        }
        // Every write during the outage is told to try again (none hangs, none is a 500).
        Assert.Equal(10, retryAnswers);
        // Status questions were answered from memory: each produced a reply to Teams.
        await Eventually(() => Assert.True(connector.Answered.Count >= repliesBefore + 10,
            $"{connector.Answered.Count - repliesBefore} replies to 10 questions"), overall.Token);
        // Nothing half-saved: the store still holds only the first submission (read after the restore).

        proxy.Forward();
        await Eventually(async () => Assert.Contains("är inskickat", await SubmitAsync(bot, goal, version: 1, overall.Token)), overall.Token);
        var history = await outcomes.HistoryAsync(goal.Id, overall.Token);
        Assert.Equal([1, 2], history.Select(h => h.Version).Order());
    }

    private static async Task<string> SubmitAsync(HostedBot bot, Goal goal, long version, CancellationToken ct)
    {
        var activity = goal.Activities[0];
        var data = new JsonObject
        {
            ["goalId"] = goal.Id, ["period"] = "VB 2023", ["version"] = version,
            [OutcomeFields.Bedomning] = "UppfyllsDelvis",
            [OutcomeFields.Analysis] = "Tryggheten ökade men belysningen blev försenad.",
            [OutcomeFields.ActivityStatus(activity.Id)] = "Avvikelse",
            [OutcomeFields.ActivityAnalysis(activity.Id)] = "Leverantören levererade inte i tid.",
        };
        var invoke = new JsonObject
        {
            ["type"] = "invoke", ["id"] = "act-" + Guid.NewGuid().ToString("N")[..8], ["channelId"] = "msteams",
            ["serviceUrl"] = FakeConnector.ServiceUrl, ["name"] = "adaptiveCard/action",
            ["from"] = new JsonObject { ["id"] = "29:" + Chief, ["aadObjectId"] = Chief, ["name"] = "Chef Chefsson" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StatusBot" },
            ["conversation"] = new JsonObject { ["id"] = "a:conv-1", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardVerbs.SkickaIn, ["data"] = data } },
        };
        var response = await Timed(() => bot.Http.PostAsJsonAsync("api/messages", invoke, ct));
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        // Unescaped, so the Swedish texts can be searched for.
        return JsonNode.Parse(body)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static async Task<T> Timed<T>(Func<Task<T>> request)
    {
        var watch = Stopwatch.StartNew();
        var task = request();
        if (await Task.WhenAny(task, Task.Delay(RequestBound)) != task)
            Assert.Fail($"A request hung for more than {RequestBound.TotalSeconds} s");
        var result = await task;
        Assert.True(watch.Elapsed < RequestBound, $"took {watch.Elapsed}");
        return result;
    }

    private static async Task Eventually(Func<Task> check, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                await check();
                return;
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                await Task.Delay(250, ct);
            }
        }
    }

    private static Task Eventually(Action check, CancellationToken ct) => Eventually(() => { check(); return Task.CompletedTask; }, ct);
}
