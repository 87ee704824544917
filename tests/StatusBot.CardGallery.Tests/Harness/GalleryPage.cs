using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StatusBot.CardGallery.Tests.Harness;

/// <summary>The gallery page of one theme: renders a card at a width and reports what axe and the word check find.</summary>
public sealed class GalleryPage(IPage page, GalleryTheme theme)
{
    /// <summary>Impacts that fail the gallery (issue 15: no serious or critical violation).</summary>
    public static readonly IReadOnlySet<string> FailingImpacts = new HashSet<string> { "serious", "critical" };

    private static readonly AxeRunOptions AxeOptions = new() { ResultTypes = [ResultType.Violations] };

    public GalleryTheme Theme { get; } = theme;

    /// <summary>Renders the card and returns the serious and critical findings: axe's rules and broken words.</summary>
    public async Task<IReadOnlyList<GalleryFinding>> AuditAsync(string cardName, string cardJson, int width)
    {
        await page.EvaluateAsync<string[]>("([card, width]) => gallery.render(JSON.parse(card), width)", new object[] { cardJson, width });
        var findings = new List<GalleryFinding>();

        // Legacy mode runs axe inside this page. The default mode finishes every run in a newly opened page (for
        // iframes, which cards never have) and made the gallery five times slower (126 s instead of 22 s per theme).
#pragma warning disable CS0618 // "Legacy Mode is being removed in the future": revisit on an upgrade of Deque.AxeCore.Playwright.
        var axe = await page.Locator("#card-host").RunAxeLegacy(AxeOptions);
#pragma warning restore CS0618
        foreach (var violation in axe.Violations)
        {
            if (violation.Impact is not { } impact || !FailingImpacts.Contains(impact)) continue;
            foreach (var node in violation.Nodes)
                findings.Add(new(cardName, Theme.Name, width, violation.Id, impact, $"{Messages(node)} — {Shorten(node.Html)}"));
        }

        var broken = await page.EvaluateAsync<string[][]>("() => gallery.brokenWords().map(b => [b.word, b.text])");
        findings.AddRange(broken.Select(b => new GalleryFinding(cardName, Theme.Name, width, GalleryFinding.BrokenWord, "serious", $"\"{b[0]}\" in \"{b[1]}\"")));
        return findings;
    }

    /// <summary>A PNG of the card as last rendered (see <see cref="GalleryDocs.ScreenshotAsync"/>).</summary>
    public Task ScreenshotAsync(string path) => GalleryDocs.ScreenshotAsync(page, path);

    // The failed checks' own words, e.g. "Element has insufficient color contrast of 1.84 (foreground color: #92c353, …)".
    private static string Messages(AxeResultNode node) =>
        string.Join("; ", new[] { node.Any, node.All, node.None }.Where(c => c is not null).SelectMany(c => c!).Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)));

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..157] + "…";
}
