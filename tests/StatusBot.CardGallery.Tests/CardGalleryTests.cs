using System.Diagnostics;
using StatusBot.CardGallery.Tests.Harness;
using Xunit.Abstractions;

namespace StatusBot.CardGallery.Tests;

/// <summary>
/// Issue 15: every card from every seed, rendered by Microsoft's renderer in Teams' light, dark and high-contrast
/// themes at 320, 480 and 1 000 px, has no serious or critical axe violation (colour contrast included) and no word
/// broken inside itself.
/// </summary>
[Collection(GalleryCollection.Name)]
public sealed class CardGalleryTests(GalleryFixture gallery, ITestOutputHelper output)
{
    private const int ShownFindings = 40;

    public static TheoryData<string> Themes => [.. GalleryTheme.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Every_card_passes_axe_and_keeps_its_words_whole(string themeName)
    {
        var theme = GalleryTheme.Named(themeName);
        var page = await gallery.PageAsync(theme);
        var clock = Stopwatch.StartNew();
        var findings = new List<GalleryFinding>();
        if (GalleryDocs.Enabled) Directory.CreateDirectory(GalleryDocs.Folder);

        foreach (var card in GalleryCards.All)
        {
            foreach (var width in GalleryTheme.Widths)
            {
                findings.AddRange(await page.AuditAsync(card.Name, card.Json, width));
                if (GalleryDocs.Enabled && GalleryDocs.IsPictured(card, theme, width))
                    await page.ScreenshotAsync(Path.Combine(GalleryDocs.Folder, GalleryDocs.FileName(card, theme, width)));
            }
        }
        if (GalleryDocs.Enabled) GalleryDocs.WriteIndex(GalleryCards.All);

        WriteFindings(theme, findings);
        output.WriteLine($"{theme}: {GalleryCards.All.Count} cards × {GalleryTheme.Widths.Count} widths in {clock.Elapsed.TotalSeconds:F1} s, {findings.Count} findings");
        foreach (var rule in findings.GroupBy(f => f.Rule)) output.WriteLine($"  {rule.Key}: {rule.Count()}");
        Assert.True(findings.Count == 0,
            $"{findings.Count} serious/critical findings in {theme}:\n" + string.Join("\n", findings.Take(ShownFindings))
            + (findings.Count > ShownFindings ? $"\n…and {findings.Count - ShownFindings} more" : ""));
    }

    /// <summary>All findings of a theme in artifacts/card-gallery/, since the failure message shows only the first ones.</summary>
    private static void WriteFindings(GalleryTheme theme, List<GalleryFinding> findings)
    {
        var folder = Path.Combine(StatusBot.Testing.RepoPaths.Root, "artifacts", "card-gallery");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, $"findings-{theme}.txt"), findings.Select(f => f.ToString()));
    }

    [Fact]
    public void The_gallery_has_every_kind_of_card_from_every_seed()
    {
        string[] kinds = ["status-", "list-", "indicators-", "didyoumean-", "form-", "form-errors-", "conflict-", "history-", "reminder-", "reminders-", "notreported-"];
        foreach (var seed in new[] { "enskede", "hagersten", "stod" })
            foreach (var kind in kinds)
                Assert.Contains(GalleryCards.All, c => c.Name.StartsWith(kind, StringComparison.Ordinal) && c.Name.EndsWith("-" + seed, StringComparison.Ordinal));
        Assert.Contains(GalleryCards.All, c => c.Name == "help");
        Assert.Equal(GalleryCards.All.Count, GalleryCards.All.Select(c => c.Name).Distinct().Count());
    }
}
