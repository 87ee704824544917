using System.Text;
using Microsoft.Playwright;
using StatusBot.Testing;

namespace StatusBot.CardGallery.Tests.Harness;

/// <summary>
/// docs/cards/*.png and docs/cards.md, written when STATUSBOT_GALLERY_WRITE=1. To keep the repository small only a
/// representative subset is pictured (the seed-less cards and the Enskede seed's, every theme at 480 px, the
/// width-sensitive list and indicators cards also at 320 and 1 000 px in the light theme, each cut at
/// <see cref="MaxHeight"/>); the test audits every card of every seed at every width all the same.
/// </summary>
public static class GalleryDocs
{
    public const string WriteVariable = "STATUSBOT_GALLERY_WRITE";
    public const int MaxHeight = 1200;
    private const string DocumentedSeed = "-enskede";
    private const int MainWidth = 480;
    private static readonly string[] WidthSensitive = ["list-", "indicators-"];

    public static bool Enabled => Environment.GetEnvironmentVariable(WriteVariable) == "1";

    public static string Folder => Path.Combine(RepoPaths.Root, "docs", "cards");

    public static bool IsDocumented(GalleryCard card) => card.Name.EndsWith(DocumentedSeed, StringComparison.Ordinal) || !card.Name.Contains('-');

    public static bool IsPictured(GalleryCard card, GalleryTheme theme, int width) =>
        IsDocumented(card) && (width == MainWidth || (theme == GalleryTheme.Light && WidthSensitive.Any(k => card.Name.StartsWith(k, StringComparison.Ordinal))));

    public static string FileName(GalleryCard card, GalleryTheme theme, int width) => $"{card.Name}-{theme.Name}-{width}.png";

    /// <summary>The card as last rendered, from its top down to at most <see cref="MaxHeight"/> px.</summary>
    public static async Task ScreenshotAsync(IPage page, string path)
    {
        var box = await page.Locator("#card-host").BoundingBoxAsync() ?? throw new InvalidOperationException("no card rendered");
        await page.SetViewportSizeAsync(page.ViewportSize!.Width, (int)Math.Ceiling(box.Y + Math.Min(box.Height, MaxHeight)));
        await page.ScreenshotAsync(new() { Path = path, Clip = new() { X = box.X, Y = box.Y, Width = box.Width, Height = Math.Min(box.Height, MaxHeight) } });
    }

    public static void WriteIndex(IReadOnlyList<GalleryCard> cards)
    {
        var md = new StringBuilder();
        md.AppendLine("# Card gallery");
        md.AppendLine();
        md.AppendLine("Every kind of card the bot sends, as Microsoft's `adaptivecards` renderer (3.0.6) draws it with host configs modelled on");
        md.AppendLine("Microsoft Teams' light, dark and high-contrast themes. `tests/StatusBot.CardGallery.Tests` builds each card from every seed");
        md.AppendLine("with the real card builders, renders it at 320, 480 and 1 000 px in headless Chromium and fails on any serious or critical");
        md.AppendLine("axe-core violation (colour contrast included) and on any word broken inside itself ([issue 15](../tests/StatusBot.CardGallery.Tests/README.md)).");
        md.AppendLine();
        md.AppendLine($"The pictures are a subset, regenerated with `{WriteVariable}=1 dotnet test tests/StatusBot.CardGallery.Tests -c Release`:");
        md.AppendLine($"the seed-less cards and those of the Enskede-Årsta-Vantör seed, every theme at {MainWidth} px, the list and indicators cards");
        md.AppendLine($"also at 320 and 1 000 px in the light theme; long cards are cut at {MaxHeight} px. The test audits all {cards.Count} cards.");
        md.AppendLine();
        md.AppendLine("| card | shows | " + string.Join(" | ", GalleryTheme.All.Select(t => t.Name)) + " |");
        md.AppendLine("| --- | --- | " + string.Join(" | ", GalleryTheme.All.Select(_ => "---")) + " |");
        foreach (var card in cards.Where(IsDocumented))
        {
            var links = GalleryTheme.All.Select(t => string.Join(" ", GalleryTheme.Widths.Where(w => IsPictured(card, t, w)).Select(w => $"[{w} px](cards/{FileName(card, t, w)})")));
            md.AppendLine($"| `{card.Name}` | {card.Shows.Replace("|", "\\|")} | {string.Join(" | ", links)} |");
        }
        md.AppendLine();
        var status = cards.Where(IsDocumented).First(c => c.Name.StartsWith("status-", StringComparison.Ordinal));
        md.AppendLine($"![{status.Shows}, light theme, {MainWidth} px](cards/{FileName(status, GalleryTheme.Light, MainWidth)})");
        md.AppendLine();
        md.AppendLine("## Audited, not pictured");
        md.AppendLine();
        md.AppendLine(string.Join(", ", cards.Where(c => !IsDocumented(c)).Select(c => $"`{c.Name}`")) + ".");
        File.WriteAllText(Path.Combine(RepoPaths.Root, "docs", "cards.md"), md.ToString());
    }
}
