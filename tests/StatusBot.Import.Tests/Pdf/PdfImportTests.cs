using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;
using StatusBot.Import.Pdf;

namespace StatusBot.Import.Tests.Pdf;

/// <summary>A PDF is read through the same parser as the text export; it is recognised by its header, not its name.</summary>
public class PdfImportTests
{
    // A mini plan laid out like the exports: headings, a two-line indicator header, rows, a page footer, page two.
    private static readonly string[][] Pages =
    [
        [
            "Verksamhetsplan 2025",
            "Farsta stadsdelsnämnd",
            "",
            "KF:s inriktningsmål: 1. Ett Stockholm som håller samman med en",
            "stark och jämlik välfärd i hela staden",
            "",
            "KF:s mål för verksamhetsområdet: 1.3 Stockholms stad ska ge stöd och",
            "omsorg där behoven är som störst",
            "",
            "Indikator Årsmål KF:s årsmål",
            "år 2025 Periodicitet",
            "Andel brukare som är nöjda med sin insats 85 % 80 % År",
            "Sjukfrånvaro 8,5 % Tas fram av nämnd Tertial",
            "",
            "Nämndmål: Vuxna invånare lever ett självständigt liv utifrån sina",
            "förutsättningar",
            "",
            "Sid 1 (2)",
        ],
        [
            "Beskrivning",
            "Målet nås genom att förvaltningen ger stöd i verksamhetsutveck-",
            "lingen och i den dagliga verksamheten.",
            "",
            "Aktivitet Startdatum Slutdatum",
            "Stadsdelsnämnden ska utveckla öppna insatser 2025-01-01 2025-08-31",
            "",
            "Redovisning av ekonomi",
            "Sid 2 (2)",
        ],
    ];

    /// <summary>With PdfDocumentBuilder and a TrueType font when the machine has one, else the hand-written WinAnsi PDF.</summary>
    private static byte[] BuildPdf() =>
        TestPdf.TrueTypeFontPath is { } font ? TestPdf.WithBuilder(Pages, font) : TestPdf.WinAnsi(Pages);

    public static TheoryData<string> Writers => ["builder", "winansi"];

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_pdf_mini_plan_imports_like_the_text_export(string writer)
    {
        var pdf = writer == "winansi" ? TestPdf.WinAnsi(Pages) : BuildPdf();
        Assert.True(PdfTextExtractor.IsPdf(pdf));

        var plan = DocumentImporter.ImportBytes(pdf, "plan.dat");

        Assert.Equal("Farsta stadsdelsnämnd", plan.Organisation);
        Assert.Equal(2025, plan.Year);
        Assert.Equal(DocumentKind.Verksamhetsplan, plan.Document);
        Assert.Equal(
            [(GoalLevel.Inriktningsmal, "1"), (GoalLevel.Verksamhetsomradesmal, "1.3"), (GoalLevel.Namndmal, "1.3.1")],
            plan.Goals.Select(g => (g.Level, g.Number!)));
        Assert.Equal("Stockholms stad ska ge stöd och omsorg där behoven är som störst", plan.FindByNumber("1.3")!.Title);
        var namndmal = plan.FindByNumber("1.3.1")!;
        Assert.Equal("Vuxna invånare lever ett självständigt liv utifrån sina förutsättningar", namndmal.Title);
        Assert.Equal("Målet nås genom att förvaltningen ger stöd i verksamhetsutvecklingen och i den dagliga verksamheten.", namndmal.Description);

        var indicators = plan.FindByNumber("1.3")!.Indicators;
        Assert.Equal(["Andel brukare som är nöjda med sin insats", "Sjukfrånvaro"], indicators.Select(i => i.Name));
        Assert.Equal((85m, 80m, Periodicity.Ar), (indicators[0].Target.Value!.Value, indicators[0].KfTarget.Value!.Value, indicators[0].Periodicity));
        Assert.Equal(("Tas fram av nämnd", Periodicity.Tertial), (indicators[1].KfTarget.Raw, indicators[1].Periodicity));

        var activity = Assert.Single(namndmal.Activities);
        Assert.Equal("Stadsdelsnämnden ska utveckla öppna insatser", activity.Title);
        Assert.Equal(new DateOnly(2025, 8, 31), activity.End);
    }

    [Fact]
    public void The_file_entry_point_detects_pdf_by_content()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, BuildPdf());
        try
        {
            var plan = DocumentImporter.ImportFile(path);
            Assert.Equal(3, plan.Goals.Count);
            Assert.Equal(Path.GetFileName(path), plan.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Extracted_lines_follow_the_export_conventions()
    {
        var text = PdfTextExtractor.ExtractText(BuildPdf(), "plan.pdf");
        var lines = text.Split('\n');
        Assert.Contains("KF:s mål för verksamhetsområdet: 1.3 Stockholms stad ska ge stöd och ", lines);
        // A line ending in a hyphen keeps no trailing space: the word continues.
        Assert.Contains("Målet nås genom att förvaltningen ger stöd i verksamhetsutveck-", lines);
    }
}
