using Microsoft.Playwright;

namespace StatusBot.Tests.EndToEnd;

/// <summary>
/// The same conversation through the playground's web UI in Debian's Chromium: what a Teams user would see,
/// rendered by Microsoft's Adaptive Cards renderer, not just the JSON the bot sent.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlaygroundBrowserTests
{
    [Fact]
    public async Task The_rendered_status_card_shows_the_goal_title_and_its_indicators()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await using var bot = await BotServer.StartAsync(DemoSettings.Enskede, cts.Token);
        await using var playground = await Playground.StartAsync(bot.Endpoint, cts.Token);
        await using var browser = await PlaygroundBrowser.OpenPersonalChatAsync(playground);
        var page = browser.Page;

        await browser.SendAsync("hur går nämndmål 3.6.1?");

        var card = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Stadsdelsområdet är tryggt, tillgängligt och välskött" }).Last;
        await card.WaitForAsync(new() { Timeout = 30_000 });
        var text = await card.InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "statusbot-playground-status-card.png"), FullPage = true });

        Assert.Contains("Nämndmål 3.6.1", text);
        Assert.Contains("Uppfylls helt", text);
        Assert.Contains("Indikatorer under verksamhetsområdesmål 3.6", text);
        Assert.Contains("Andel stockholmare som upplever trygghet i den stadsdel där man bor", text);
        Assert.Contains("78 %", text);
    }
}
