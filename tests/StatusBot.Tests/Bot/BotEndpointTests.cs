using System.Net;
using System.Text.Json.Nodes;
using StatusBot.Tests.EndToEnd;

namespace StatusBot.Tests.Bot;

/// <summary>
/// The bot through its real HTTP endpoint, as Teams drives it: messages answered through the connector, card
/// actions answered in the invoke response, and bad input answered in Swedish rather than with an error page.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class BotEndpointTests : IAsyncLifetime
{
    private static readonly TeamsUser Alex = new("00000000-0000-0000-0000-000000000020", "Alex Wilber");
    private TeamsChat _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsChat.StartAsync(DemoSettings.Enskede);

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task A_message_is_answered_with_the_status_card_as_a_reply()
    {
        var response = await PostAsync(Message("a1", "<at>StatusBot</at> hur går nämndmål 3.6.1?", mention: true));

        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
        var (path, reply) = await _teams.Connector.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("/v3/conversations/conv-1/activities/a1", path);
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("a1", (string?)reply["replyToId"]);
        var card = reply["attachments"]![0]!["content"]!;
        Assert.Contains("Stadsdelsområdet är tryggt, tillgängligt och välskött", Text(card));
        Assert.Contains("Andel stockholmare som upplever trygghet i den stadsdel där man bor", Text(card));
    }

    [Fact]
    public async Task A_card_action_is_answered_synchronously_with_the_replacement_card()
    {
        var goalId = await GoalIdOfAsync("nämndmål 3.6.1");

        var response = await PostAsync(Invoke("i1", "visaIndikatorer", new JsonObject { ["goalId"] = goalId }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("Stockholmarnas nöjdhet med stadsmiljön", Text(body["value"]));
    }

    [Fact]
    public async Task A_stale_goal_id_gets_a_swedish_explanation_not_an_error()
    {
        var response = await PostAsync(Invoke("i2", "visaMal", new JsonObject { ["goalId"] = "finns-inte/2023/verksamhetsplan/9.9.9" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("finns inte längre", Text(body["value"]));
    }

    [Fact]
    public async Task Action_submit_from_a_client_without_universal_actions_is_handled_like_a_question()
    {
        var submit = Message("s1", null);
        submit["value"] = new JsonObject { ["question"] = "hjälp" };

        await PostAsync(submit);

        var (_, reply) = await _teams.Connector.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("mina mål", Text(reply["attachments"]![0]!["content"]));
    }

    [Fact]
    public async Task Malformed_json_is_refused_and_nothing_is_sent()
    {
        var response = await _teams.PostRawAsync(new StringContent("{\"type\": \"message\", ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(_teams.Connector.Received);
    }

    private async Task<string> GoalIdOfAsync(string question)
    {
        await PostAsync(Message("q-" + Guid.NewGuid().ToString("N")[..6], question));
        var (_, reply) = await _teams.Connector.NextAsync(TimeSpan.FromSeconds(10));
        var action = Find(reply["attachments"]![0]!["content"], "visaIndikatorer") ?? throw new InvalidOperationException("no indicators button");
        return (string)action["data"]!["goalId"]!;
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => _teams.PostAsync(activity);

    private JsonObject Message(string id, string? text, bool mention = false)
    {
        var activity = _teams.Message(Alex, id, text);
        if (mention)
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>StatusBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = TeamsChat.BotId, ["name"] = "StatusBot" },
            });
        return activity;
    }

    private JsonObject Invoke(string id, string verb, JsonObject data) => _teams.Invoke(Alex, id, verb, data);

    private static string Text(JsonNode? node) => ConversationStream.AllText(node);

    private static JsonObject? Find(JsonNode? node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb => o,
        JsonObject o => o.Select(p => Find(p.Value, verb)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(n => Find(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
