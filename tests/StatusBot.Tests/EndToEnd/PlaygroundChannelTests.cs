using System.Text.Json.Nodes;
using StatusBot.Domain.Outcomes;
using StatusBot.Teams.Cards;

namespace StatusBot.Tests.EndToEnd;

/// <summary>
/// A live status card in the Agents Playground's team channel (issue 18): the bot posts the shared card, the
/// responsible user's refresh shows "Rapportera utfall", they report from the card in place, and another member's
/// refresh then shows the new assessment without the button. The playground has no message-extension UI, so the
/// refreshes and buttons go through its invoke API, exactly as its client sends them.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlaygroundChannelTests
{
    private const string General = "team-id"; // the playground's team "My Team", channel General
    private const string Analysis = "Rapporterat från kanalens delade kort.";
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_responsible_user_reports_from_the_shared_card_in_a_team_channel()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await using var bot = await BotServer.StartAsync(DemoSettings.Enskede, cts.Token, fixedPort: 3993);
        await using var playground = await Playground.StartAsync(bot.Endpoint, cts.Token, fixedPort: 56193);
        await using var stream = await playground.OpenStreamAsync(cts.Token);

        var thread = await playground.SendChannelMessageAsync(General, "hur går nämndmål 3.6.1?", cts.Token);
        var posted = await stream.WaitForAsync(m => ConversationStream.IsFromBot(m) && ConversationStream.CardOf(m) is not null, ReplyTimeout, cts.Token);
        var shared = ConversationStream.CardOf(posted)!;
        var messageId = posted["messageId"]!.GetValue<string>();
        Assert.Null(FindAction(shared, CardVerbs.Rapportera)); // everyone in the channel sees the read-only card
        Assert.Contains("8:orgid:00000000-0000-0000-0000-0000000000020", shared["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u));
        var refresh = (JsonObject)shared["refresh"]!["action"]!.DeepClone();

        // Alex Wilber (user-id-0) answers for 3.6.1 in the demo: his refresh gives him the report button.
        var alexs = await CardAsync(playground.InvokeAsAsync("user-id-0", thread, (JsonObject)refresh.DeepClone(), messageId, "automatic", cts.Token));
        var form = await CardAsync(playground.InvokeAsAsync("user-id-0", thread, (JsonObject)FindAction(alexs, CardVerbs.Rapportera)!.DeepClone(), messageId, "manual", cts.Token));
        var submit = (JsonObject)FindAction(form, CardVerbs.SkickaIn)!.DeepClone();
        submit["data"]![OutcomeFields.Bedomning] = "UppfyllsInte";
        submit["data"]![OutcomeFields.Analysis] = Analysis;
        var updated = await CardAsync(playground.InvokeAsAsync("user-id-0", thread, submit, messageId, "manual", cts.Token));

        Assert.Contains("Tack! Ditt utfall för VB 2023 är inskickat.", ConversationStream.AllText(updated));
        Assert.NotNull(updated["refresh"]); // still live for the others

        // Megan Bowen (user-id-1) is not responsible: her refresh shows the new assessment, without the button.
        var megans = await CardAsync(playground.InvokeAsAsync("user-id-1", thread, (JsonObject)refresh.DeepClone(), messageId, "automatic", cts.Token));
        Assert.Null(FindAction(megans, CardVerbs.Rapportera));
        Assert.Contains("Uppfylls inte", ConversationStream.AllText(megans));
        Assert.Contains(Analysis, ConversationStream.AllText(megans));
    }

    private static async Task<JsonNode> CardAsync(Task<JsonNode?> response)
    {
        var body = await response;
        var value = (body!["body"] ?? body)["value"];
        Assert.NotNull(value);
        return value!;
    }

    private static JsonObject? FindAction(JsonNode? node, string verb) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb => o,
        JsonObject o => o.Where(p => p.Key != "refresh").Select(p => FindAction(p.Value, verb)).FirstOrDefault(a => a is not null),
        JsonArray a => a.Select(n => FindAction(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
