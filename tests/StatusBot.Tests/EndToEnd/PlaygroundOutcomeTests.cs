using System.Text.Json.Nodes;
using Microsoft.Playwright;
using StatusBot.Teams.Cards;

namespace StatusBot.Tests.EndToEnd;

/// <summary>
/// Reporting an outcome as a chief would: the demo makes the playground's user (Alex Wilber) responsible for
/// nämndmål 3.6.1, who asks for the form, fills it in and submits it, and sees the updated status card.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlaygroundOutcomeTests
{
    private const string Confirmation = "Tack! Ditt utfall för VB 2023 är inskickat.";
    private const string Analysis = "Tryggheten har ökat men belysningsprojektet blev försenat.";
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_form_filled_in_and_submitted_in_chromium_is_replaced_by_the_updated_status_card()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await using var bot = await BotServer.StartAsync(DemoSettings.Enskede, cts.Token);
        await using var playground = await Playground.StartAsync(bot.Endpoint, cts.Token);
        await using var browser = await PlaygroundBrowser.OpenPersonalChatAsync(playground, height: 1400);
        var page = browser.Page;

        await browser.SendAsync("rapportera 3.6.1");

        var form = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Rapportera utfall · VB 2023" }).Last;
        await form.WaitForAsync(new() { Timeout = 30_000 });
        await form.GetByText("Uppfylls delvis", new() { Exact = true }).ClickAsync();
        await form.Locator("textarea").First.FillAsync(Analysis);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "statusbot-playground-outcome-form.png"), FullPage = true });
        await form.GetByRole(AriaRole.Button, new() { Name = "Skicka in" }).ClickAsync();

        var updated = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = Confirmation }).Last;
        await updated.WaitForAsync(new() { Timeout = 30_000 });
        var text = await updated.InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "statusbot-playground-outcome-submitted.png"), FullPage = true });

        Assert.Contains("Nämndmål 3.6.1", text);
        Assert.Contains("Uppfylls delvis", text); // the demo's document said "Uppfylls helt"
        Assert.Contains(Analysis, text);
    }

    [Fact]
    public async Task The_form_submitted_through_the_playgrounds_invoke_api_answers_with_the_updated_status_card()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await using var bot = await BotServer.StartAsync(DemoSettings.Enskede, cts.Token);
        await using var playground = await Playground.StartAsync(bot.Endpoint, cts.Token);
        await using var stream = await playground.OpenStreamAsync(cts.Token);

        await playground.SendMessageAsync("hur går nämndmål 3.6.1?", cts.Token);
        var status = await stream.WaitForAsync(m => ConversationStream.IsFromBot(m) && ConversationStream.CardOf(m) is not null, ReplyTimeout, cts.Token);
        var report = FindAction(ConversationStream.CardOf(status), CardVerbs.Rapportera);
        Assert.NotNull(report); // the demo user may report, so the status card offers "Rapportera utfall"

        var formResponse = await playground.InvokeAsync((JsonObject)report!.DeepClone(), status["messageId"]!.GetValue<string>(), cts.Token);
        var form = (formResponse!["body"] ?? formResponse)["value"]!;
        Assert.Contains("Rapportera utfall", ConversationStream.AllText(form));
        var submit = (JsonObject)FindAction(form, CardVerbs.SkickaIn)!.DeepClone();
        submit["data"]!["bedomning"] = "UppfyllsInte";
        submit["data"]!["analys"] = Analysis;

        var response = await playground.InvokeAsync(submit, status["messageId"]!.GetValue<string>(), cts.Token);

        var card = (response!["body"] ?? response)["value"];
        var text = ConversationStream.AllText(card);
        Assert.Contains(Confirmation, text);
        Assert.Contains("Uppfylls inte", text);
        Assert.Contains(Analysis, text);
    }

    private static JsonObject? FindAction(JsonNode? node, string verb) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb => o,
        JsonObject o => o.Where(p => p.Key != "refresh").Select(p => FindAction(p.Value, verb)).FirstOrDefault(a => a is not null),
        JsonArray a => a.Select(n => FindAction(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
