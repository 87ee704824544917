using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using StatusBot.Domain.Outcomes;
using StatusBot.Reports;
using StatusBot.Tests.Cards;
using StatusBot.Tests.Support;
using StatusBot.Application.Reports;

namespace StatusBot.Tests.Reports;

/// <summary>The Word file is written to disk, reopened with the Open XML SDK and validated against the schema.</summary>
public class DocxReportWriterTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_enskede_VB_report_is_a_valid_document_holding_every_goal()
    {
        var plan = ImportedSeeds.Enskede;
        var path = Write(PeriodReport.Build([plan], ReportPlans.Vb2023));

        using var document = WordprocessingDocument.Open(path, isEditable: false);

        AssertValid(document);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = body.InnerText;
        Assert.All(plan.Goals, g => Assert.Contains($"{g.Number} {g.Title}", text));
        var headings = Paragraphs(body).Where(p => p.Style?.StartsWith("Heading", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(plan.Goals.Select(g => ($"Heading{1 + (int)g.Level}", $"{g.Number} {g.Title}")), headings.Select(h => (h.Style!, h.Text)));
        Assert.Equal(plan.Goals.Count(g => g.Indicators.Count > 0), body.Elements<Table>().Count());
        Assert.Equal(13, Paragraphs(body).Count(p => p.Style == DocxStyles.ListBullet && p.Text.EndsWith(" – Avvikelse", StringComparison.Ordinal)));
        Assert.Equal(plan.Goals.Sum(g => g.Activities.Count), Paragraphs(body).Count(p => p.Style == DocxStyles.ListBullet));
    }

    [Fact]
    public void The_document_has_real_styles_swedish_language_margins_and_properties()
    {
        var path = Write(PeriodReport.Build([ImportedSeeds.Enskede], ReportPlans.Vb2023));

        using var document = WordprocessingDocument.Open(path, isEditable: false);

        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var ids = styles.Elements<Style>().Select(s => s.StyleId?.Value).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Title", "Heading1", "Heading2", "Heading3", "Heading4", DocxStyles.IndicatorTable, DocxStyles.ListBullet }, ids);
        Assert.Equal("sv-SE", styles.DocDefaults!.Descendants<Languages>().Single().Val?.Value);
        var tableStyle = styles.Elements<Style>().Single(s => s.StyleId == DocxStyles.IndicatorTable);
        Assert.NotNull(tableStyle.Descendants<TableBorders>().SingleOrDefault());
        Assert.Contains(tableStyle.Elements<TableStyleProperties>(), p => p.Type?.Value == TableStyleOverrideValues.FirstRow);

        var body = document.MainDocumentPart.Document.Body!;
        Assert.All(body.Descendants<Run>().Where(r => r.GetFirstChild<Text>() is not null),
            r => Assert.Equal("sv-SE", r.RunProperties?.GetFirstChild<Languages>()?.Val?.Value));
        var margins = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageMargin>()!;
        Assert.Equal(1418, margins.Top!.Value);
        Assert.All(body.Elements<Table>(), t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));

        Assert.Equal("Verksamhetsberättelse 2023 – Enskede-Årsta-Vantörs stadsdelsnämnd", document.PackageProperties.Title);
        Assert.Equal(Created.UtcDateTime, document.PackageProperties.Created);
    }

    [Fact]
    public void The_indicator_table_has_the_document_columns_and_the_known_row()
    {
        var path = Write(PeriodReport.Build([ImportedSeeds.Enskede], ReportPlans.Vb2023));

        using var document = WordprocessingDocument.Open(path, isEditable: false);

        var rows = document.MainDocumentPart!.Document.Body!.Elements<Table>()
            .SelectMany(t => t.Elements<TableRow>())
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Contains(["Indikator", "Utfall", "Män/pojkar", "Kvinnor/flickor", "Årsmål", "KF:s årsmål", "Period"], rows);
        Assert.Contains(["Andel stockholmare som upplever trygghet i den stadsdel där man bor", "78 %", "80 %", "76 %", "79 %", "79 %", "2023"], rows);
    }

    [Fact]
    public void A_tertial_with_one_projected_submission_is_valid_and_shows_it()
    {
        var plan = ReportPlans.FreshEnskede();
        var entry = ReportPlans.T2SubmissionFor34(plan);
        OutcomeProjection.Apply(plan, [entry]);
        var path = Write(PeriodReport.Build([plan], ReportPlans.T22023));

        using var document = WordprocessingDocument.Open(path, isEditable: false);

        AssertValid(document);
        var paragraphs = Paragraphs(document.MainDocumentPart!.Document.Body!).Select(p => p.Text).ToList();
        Assert.Contains("Prognos för helåret: Uppfylls delvis", paragraphs);
        Assert.Equal(plan.Goals.Count - 1, paragraphs.Count(p => p == "Prognos för helåret: Ej rapporterad"));
        Assert.Contains("Sjukfrånvaron har ökat under sommaren.", paragraphs);
        Assert.Contains("Åtgärder pågår på två enheter.", paragraphs);
        var rows = document.MainDocumentPart.Document.Body!.Elements<Table>().SelectMany(t => t.Elements<TableRow>())
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray());
        Assert.Contains(rows, r => r[1..4].SequenceEqual(["8,4 %", "6,1 %", "9,2 %"]) && r[6] == "T2 2023");
    }

    [Fact]
    public void Hostile_text_control_characters_several_organisations_and_enhetsmal_still_give_a_valid_document()
    {
        var plans = new SyntheticPlans();
        plans.Nm361.Title = "Titel med sidbrytning\f och NUL\0 och \u0001 styrtecken";
        plans.Nm362.Activities[0].Analysis = "Rad ett\r\nRad två\n\nNytt stycke " + SyntheticPlans.EvilTitle;
        var report = PeriodReport.Build([plans.Enskede, plans.Hagersten], ReportPlans.Vb2023);
        var path = Write(report);

        using var document = WordprocessingDocument.Open(path, isEditable: false);

        AssertValid(document);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("3.6.1 Titel med sidbrytning och NUL och styrtecken", text);
        Assert.Contains(SyntheticPlans.EvilTitle, text);
        Assert.Contains("Enheten arbetar för trygga utemiljöer", text);
    }

    [Fact]
    public void Emoji_and_rare_CJK_in_an_analysis_reach_the_document_and_lone_surrogates_do_not()
    {
        var plans = new SyntheticPlans();
        plans.Nm362.Activities[0].Analysis = "Klart 🎉 med 𠜎 och \ud800 halv";
        var path = Write(PeriodReport.Build([plans.Enskede], ReportPlans.Vb2023));

        using var document = WordprocessingDocument.Open(path, isEditable: false);

        AssertValid(document);
        Assert.Contains("Klart 🎉 med 𠜎 och  halv", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Fact]
    public void An_empty_report_is_still_a_valid_document()
    {
        var path = Write(PeriodReport.Build([], ReportPlans.Vb2023));

        using var document = WordprocessingDocument.Open(path, isEditable: false);

        AssertValid(document);
        Assert.Contains("Det finns inga mål för perioden.", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    /// <summary>Zero errors against the oldest (Word 2007) and the newest schema the SDK knows.</summary>
    internal static void AssertValid(WordprocessingDocument document)
    {
        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
        {
            var errors = new OpenXmlValidator(version).Validate(document)
                .Select(e => $"{version} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        }
    }

    private static string Write(PeriodReport report)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("statusbot-docx-").FullName, "rapport.docx");
        DocxReportWriter.Write(report, path, Created);
        return path;
    }

    private static IEnumerable<(string? Style, string Text)> Paragraphs(Body body) =>
        body.Elements<Paragraph>().Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText));
}
