using System.Text.Json.Nodes;

namespace StatusBot.Tests.EndToEnd;

/// <summary>
/// The bot as a Teams user meets it: the real app on Kestrel, the Microsoft 365 Agents Playground as the client,
/// a question typed into the personal chat, and the card that comes back.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlaygroundEndToEndTests
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_question_typed_in_the_playground_gets_the_goal_status_card()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await using var bot = await BotServer.StartAsync(DemoSettings.Enskede, cts.Token);
        await using var playground = await Playground.StartAsync(bot.Endpoint, cts.Token);
        await using var stream = await playground.OpenStreamAsync(cts.Token);

        await playground.SendMessageAsync("hur går nämndmål 3.6.1?", cts.Token);

        var reply = await stream.WaitForAsync(m => ConversationStream.IsFromBot(m) && ConversationStream.CardOf(m) is not null, ReplyTimeout, cts.Token);
        var text = ConversationStream.AllText(ConversationStream.CardOf(reply));
        Assert.Contains("3.6.1", text);
        Assert.Contains("Stadsdelsområdet är tryggt, tillgängligt och välskött", text);
        Assert.Contains("Uppfylls helt", text);
    }

    [Fact]
    public async Task A_card_button_in_the_playground_replaces_the_card()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await using var bot = await BotServer.StartAsync(DemoSettings.Enskede, cts.Token);
        await using var playground = await Playground.StartAsync(bot.Endpoint, cts.Token);
        await using var stream = await playground.OpenStreamAsync(cts.Token);
        await playground.SendMessageAsync("nämndmål 3.6.1", cts.Token);
        var reply = await stream.WaitForAsync(m => ConversationStream.IsFromBot(m) && ConversationStream.CardOf(m) is not null, ReplyTimeout, cts.Token);
        var card = ConversationStream.CardOf(reply)!;
        var showIndicators = FindAction(card, "visaIndikatorer") ?? FindAction(card, "visaMal");
        Assert.NotNull(showIndicators);

        var response = await playground.InvokeAsync((JsonObject)showIndicators!.DeepClone(), reply["messageId"]!.GetValue<string>(), cts.Token);

        Assert.NotNull(response);
        var body = response!["body"] ?? response;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]?.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]?["type"]?.GetValue<string>());
    }

    private static JsonObject? FindAction(JsonNode? node, string verb) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb => o,
        JsonObject o => o.Select(p => FindAction(p.Value, verb)).FirstOrDefault(a => a is not null),
        JsonArray a => a.Select(n => FindAction(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "end-to-end";
}

/// <summary>Configuration that makes the demo answer for one nämnd, as a user's default organisation would.</summary>
internal static class DemoSettings
{
    public static readonly IDictionary<string, string?> Enskede = new Dictionary<string, string?>
    {
        ["Conversation:DefaultOrganisation"] = "Enskede-Årsta-Vantörs stadsdelsnämnd",
    };
}
