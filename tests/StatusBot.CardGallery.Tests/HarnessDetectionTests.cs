using StatusBot.CardGallery.Tests.Harness;

namespace StatusBot.CardGallery.Tests;

/// <summary>
/// The gallery must fail a card that puts coloured text on a coloured fill below 4.5:1 or squeezes a word into a
/// column too narrow for it (issue 15's "done when"), and must not flag the same content laid out properly.
/// </summary>
[Collection(GalleryCollection.Name)]
public sealed class HarnessDetectionTests(GalleryFixture gallery)
{
    // "good" text (#92C353) on the "good" fill (#CCFFCC) is 1.8:1 in Teams' light theme.
    private const string ColouredTextOnColouredFill = """
        {"type":"AdaptiveCard","version":"1.5","body":[
          {"type":"Container","style":"good","items":[{"type":"TextBlock","text":"Uppfylls helt","weight":"Bolder","color":"Good","wrap":true}]}
        ]}
        """;

    private const string WordInNarrowColumn = """
        {"type":"AdaptiveCard","version":"1.5","body":[
          {"type":"ColumnSet","columns":[
            {"type":"Column","width":"40px","items":[{"type":"TextBlock","text":"Periodicitet","wrap":true}]},
            {"type":"Column","width":"stretch","items":[{"type":"TextBlock","text":"Tertial","wrap":true}]}]}
        ]}
        """;

    private const string SameContentDoneRight = """
        {"type":"AdaptiveCard","version":"1.5","body":[
          {"type":"Container","style":"good","items":[{"type":"TextBlock","text":"Uppfylls helt","weight":"Bolder","wrap":true}]},
          {"type":"ColumnSet","columns":[
            {"type":"Column","width":"auto","items":[{"type":"TextBlock","text":"Periodicitet","wrap":true}]},
            {"type":"Column","width":"stretch","items":[{"type":"TextBlock","text":"Tertial","wrap":true}]}]}
        ]}
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(1000)]
    public async Task Coloured_text_on_a_coloured_fill_fails_colour_contrast(int width)
    {
        var page = await gallery.PageAsync(GalleryTheme.Light);

        var findings = await page.AuditAsync("bad-contrast", ColouredTextOnColouredFill, width);

        var finding = Assert.Single(findings);
        Assert.Equal("color-contrast", finding.Rule);
        Assert.Contains("Uppfylls helt", finding.Detail);
    }

    [Fact]
    public async Task A_word_squeezed_into_a_narrow_column_is_reported_as_broken()
    {
        var page = await gallery.PageAsync(GalleryTheme.Light);

        var findings = await page.AuditAsync("narrow-column", WordInNarrowColumn, 320);

        var finding = Assert.Single(findings);
        Assert.Equal(GalleryFinding.BrokenWord, finding.Rule);
        Assert.StartsWith("\"Periodicitet\"", finding.Detail);
    }

    [Theory]
    [InlineData("teams-light")]
    [InlineData("teams-dark")]
    [InlineData("teams-high-contrast")]
    public async Task Default_text_on_the_fill_and_a_column_that_fits_its_word_pass(string theme)
    {
        var page = await gallery.PageAsync(GalleryTheme.Named(theme));

        foreach (var width in GalleryTheme.Widths)
            Assert.Empty(await page.AuditAsync("done-right", SameContentDoneRight, width));
    }
}
