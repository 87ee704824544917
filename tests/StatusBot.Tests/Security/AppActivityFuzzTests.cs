using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Tests.EndToEnd;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using StatusBot.Testing.Fuzzing;
using StatusBot.Tests.Bot;
using StatusBot.Teams.Cards;

namespace StatusBot.Tests.Security;

/// <summary>
/// The whole bot under fuzz (issue 12): real questions, card actions and outcome forms for real goals, mutated by
/// the shared <see cref="ActivityFuzzer"/> (fields removed or retyped, NUL, lone surrogates, bidi controls, broken
/// bytes), from fixed seeds and bounded in count and time. No answer may be a 5xx, none may hang, memory stays bounded,
/// and the bot still answers a real question afterwards.
/// </summary>
public sealed class AppActivityFuzzTests : IAsyncLifetime
{
    private const int RequestsPerSeed = 250;
    private static readonly TimeSpan RequestBound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SeedBound = TimeSpan.FromSeconds(90);

    private static readonly TeamsUser Alex = new("00000000-0000-0000-0000-0000000000020", "Alex Wilber");
    private TeamsChat _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsChat.StartAsync(DemoSettings.Enskede);

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Theory]
    [InlineData(12)]
    [InlineData(1312)]
    public async Task Mutated_activities_never_get_a_5xx_or_hang_and_the_bot_keeps_answering(int seed)
    {
        var goalId = GoalIdOf("3.6.1");
        var fuzzer = new ActivityFuzzer(seed, random => RealActivity(random, goalId));
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 0; i < RequestsPerSeed && clock.Elapsed < SeedBound; i++)
        {
            var body = fuzzer.Next();
            using var cancel = new CancellationTokenSource(RequestBound);
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            try
            {
                using var response = await _teams.PostRawAsync(content).WaitAsync(cancel.Token);
                if ((int)response.StatusCode >= 500)
                    failures.Add($"request {i}: {(int)response.StatusCode} for {System.Text.Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 600)]}");
            }
            catch (TimeoutException)
            {
                failures.Add($"request {i}: no answer within {RequestBound.TotalSeconds} s");
            }
        }

        Assert.Empty(failures);
        Assert.True(clock.Elapsed < SeedBound + RequestBound, $"the fuzz run took {clock.Elapsed}");
        var grown = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;
        Assert.True(grown < 64L * 1024 * 1024, $"managed memory grew by {grown / 1024 / 1024} MB");
        Assert.Contains("3.6.1", await _teams.AskAsync(Alex, "hur går nämndmål 3.6.1?"));
    }

    private string GoalIdOf(string number) =>
        _teams.Bot.Services.GetRequiredService<StatusBot.Application.ReadModel.IGoalIndexSource>().Current
            .Find("Enskede-Årsta-Vantörs stadsdelsnämnd", 2023, StatusBot.Application.ReadModel.DocumentPreference.PreferReport, number)!.Goal.Id;

    /// <summary>What Teams really sends this bot: questions, every card verb, a full form, and the same as Action.Submit.</summary>
    private JsonObject RealActivity(Random random, string goalId)
    {
        var form = new JsonObject
        {
            ["goalId"] = goalId, ["period"] = "VB 2023", ["version"] = 0,
            ["bedomning"] = "UppfyllsDelvis", ["analys"] = "Delvis uppfyllt.",
        };
        string[] verbs = [CardVerbs.Rapportera, CardVerbs.VisaMal, CardVerbs.VisaIndikatorer, CardVerbs.SparaUtkast, CardVerbs.SkickaIn, CardVerbs.Avbryt];
        var id = $"fuzz-{random.Next()}";
        switch (random.Next(3))
        {
            case 0:
                string[] questions = ["hur går nämndmål 3.6.1?", "vilka mål uppfylls delvis?", "mina mål", "rapportera 3.6.1", "visa historik för 3.6.1", "hjälp"];
                return _teams.Message(Alex, id, questions[random.Next(questions.Length)]);
            case 1:
                return _teams.Invoke(Alex, id, verbs[random.Next(verbs.Length)], (JsonObject)form.DeepClone());
            default:
                var submit = _teams.Message(Alex, id, text: null);
                var value = (JsonObject)form.DeepClone();
                value["verb"] = verbs[random.Next(verbs.Length)];
                submit["value"] = value;
                return submit;
        }
    }
}
