using Microsoft.Playwright;

namespace StatusBot.Tests.EndToEnd;

/// <summary>
/// The playground's web UI in Debian's Chromium (never a downloaded browser), opened on the personal chat, with a
/// helper that types into the compose box as a user does.
/// </summary>
public sealed class PlaygroundBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PlaygroundBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<PlaygroundBrowser> OpenPersonalChatAsync(Playground playground, int height = 1000)
    {
        Assert.True(File.Exists(Chromium), "Chromium is missing: apt-get install -y chromium (scripts/test.sh does this).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = height } });
        await page.GotoAsync(playground.BaseUri.ToString());
        await page.GetByText("Personal Chat").First.ClickAsync();
        return new PlaygroundBrowser(playwright, browser, page);
    }

    /// <summary>Types a message into the compose box and sends it with Enter.</summary>
    public async Task SendAsync(string text)
    {
        var compose = Page.Locator("[data-lexical-editor=\"true\"][role=\"textbox\"]");
        await compose.ClickAsync();
        await compose.PressSequentiallyAsync(text);
        await compose.PressAsync("Enter");
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
