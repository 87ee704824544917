using Microsoft.Playwright;

namespace StatusBot.CardGallery.Tests.Harness;

/// <summary>
/// Debian's headless Chromium (Playwright cannot download browsers here) with one gallery page per theme; every card
/// is rendered into that page in turn, so the whole gallery costs one browser start.
/// </summary>
public sealed class GalleryBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private GalleryBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<GalleryBrowser> LaunchAsync()
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException("Chromium is missing: apt-get install -y chromium (scripts/test.sh does this).");
        await RendererPackages.EnsureInstalledAsync();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new GalleryBrowser(playwright, browser);
    }

    public async Task<GalleryPage> OpenAsync(GalleryTheme theme)
    {
        // Wide enough for the 1000 px card plus the body's padding; height grows with element screenshots.
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1040, Height = 900 }, DeviceScaleFactor = 1 });
        await page.GotoAsync(new Uri(Path.Combine(RendererPackages.Folder, "gallery.html")).AbsoluteUri);
        await page.WaitForFunctionAsync("() => window.gallery !== undefined && window.AdaptiveCards !== undefined");
        await page.EvaluateAsync("([name, json]) => gallery.setTheme(Object.assign(JSON.parse(json), { name }))", new[] { theme.Name, theme.Json() });
        return new GalleryPage(page, theme);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
