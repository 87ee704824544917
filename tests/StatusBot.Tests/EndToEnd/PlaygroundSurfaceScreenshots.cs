using Microsoft.Playwright;

namespace StatusBot.Tests.EndToEnd;

/// <summary>
/// The screenshots of docs/teams-surfaces.md, taken from the Agents Playground in Chromium: the team's welcome card
/// and the goal page behind a goal link. (The playground's UI shows no bot reply to a channel post made through its
/// API, and its post box did not take a scripted @mention, so the live channel card is covered by
/// PlaygroundChannelTests without a screenshot.) Written to the temp folder
/// (statusbot-surface-*.png); copy them to docs/images when the surfaces change.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlaygroundSurfaceScreenshots
{
    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), $"statusbot-surface-{name}.png");

    [Fact]
    public async Task The_surfaces_render_in_the_playground_and_a_browser()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await using var bot = await BotServer.StartAsync(DemoSettings.Enskede, cts.Token, fixedPort: 3994);
        await using var playground = await Playground.StartAsync(bot.Endpoint, cts.Token, fixedPort: 56194);
        await using var browser = await PlaygroundBrowser.OpenPersonalChatAsync(playground, height: 1200);
        var page = browser.Page;

        // Opening the team channel installs the app there: the welcome card for a team.
        await page.GetByText("General").First.ClickAsync();
        var welcome = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Välkommen till StatusBot" }).Last;
        await welcome.WaitForAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Shot("welcome"), FullPage = true });

        // The goal link opened in a browser.
        var link = bot.Endpoint.Replace("/api/messages", "") + "/mal/" + Uri.EscapeDataString("Enskede-Årsta-Vantörs stadsdelsnämnd") + "/2023/3.6.1";
        await page.SetViewportSizeAsync(900, 700);
        await page.GotoAsync(link);
        Assert.Contains("Nämndmål 3.6.1", await page.Locator("h1").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("page"), FullPage = true });
    }
}
