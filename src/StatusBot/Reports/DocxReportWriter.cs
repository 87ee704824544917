using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StatusBot.Application.Text;
using StatusBot.Import.Tables;
using StatusBot.Application.Reports;

namespace StatusBot.Reports;

/// <summary>
/// The period report as a Word document for the nämnd secretary: Title, one Heading per goal level, the assessment
/// and analysis, a bordered indicator table per goal and a bullet list of activities, A4 with ordinary margins.
/// </summary>
public static class DocxReportWriter
{
    // A4 in twentieths of a point, 2.5 cm margins: the text is 9 070 twips wide.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1418;
    private const int NameColumn = 2770;
    private const int NumberColumn = 1050;

    public static void Write(PeriodReport report, string path, DateTimeOffset created)
    {
        using var stream = File.Create(path);
        Write(report, stream, created);
    }

    public static void Write(PeriodReport report, Stream stream, DateTimeOffset created)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = report.Title;
        document.PackageProperties.Subject = report.PeriodTitle;
        document.PackageProperties.Creator = "StatusBot";
        document.PackageProperties.Language = DocxStyles.Language;
        document.PackageProperties.Created = created.UtcDateTime;
        document.PackageProperties.Modified = created.UtcDateTime;

        var main = document.AddMainDocumentPart();
        DocxStyles.AddTo(main);
        main.Document = new Document(Body(report, created));
        main.Document.Save();
    }

    private static Body Body(PeriodReport report, DateTimeOffset created)
    {
        var body = new Body();
        body.Append(Docx.Paragraph(DocxStyles.Title, Docx.Run(ReportText.OneLine(report.Title))));
        body.Append(Docx.Paragraph(null, Docx.Run($"Sammanställd av StatusBot {SwedishDate.Format(created)}.", italic: true)));
        if (report.Plans.Count == 0) body.Append(Docx.Paragraph(null, Docx.Run("Det finns inga mål för perioden.")));

        var perPlanHeading = report.SingleOrganisation is null;
        foreach (var plan in report.Plans)
        {
            if (perPlanHeading) body.Append(Docx.Paragraph(DocxStyles.Heading(1), Docx.Run(ReportText.OneLine(plan.Organisation))));
            foreach (var goal in plan.Goals) Goal(body, goal, perPlanHeading ? 2 : 1);
        }

        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 709, Footer = 709, Gutter = 0 }));
        return body;
    }

    private static void Goal(Body body, GoalReport goal, int firstHeading)
    {
        body.Append(Docx.Paragraph(DocxStyles.Heading(firstHeading + goal.Depth), Docx.Run(ReportText.OneLine(goal.Heading))));
        body.Append(Docx.Paragraph(null, Docx.Run(goal.AssessmentCaption + ": ", bold: true), Docx.Run(goal.AssessmentLabel, italic: !goal.IsReported)));
        if (goal.Analysis is not null)
        {
            body.Append(Docx.Paragraph(null, Docx.Run("Analys", bold: true)));
            foreach (var paragraph in ReportText.Paragraphs(goal.Analysis)) body.Append(Docx.Paragraph(null, Docx.Lines(paragraph)));
        }
        if (goal.Indicators.Count > 0) Indicators(body, goal.Indicators);
        if (goal.Activities.Count > 0) Activities(body, goal.Activities);
    }

    private static void Indicators(Body body, IReadOnlyList<IndicatorRow> rows)
    {
        var widths = IndicatorRow.Headers.Select((_, i) => i == 0 ? NameColumn : NumberColumn).ToArray();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.IndicatorTable },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                // Header row on, banding off. Only the bit mask: the named attributes are Word 2010+ and would make
                // the file invalid for Word 2007.
                new TableLook { Val = "0620" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(IndicatorRow.Headers, widths, header: true));
        foreach (var row in rows) table.Append(Row(row.Cells, widths, header: false));
        body.Append(table);
        // Word needs a paragraph between two tables, and the space reads better before what follows.
        body.Append(Docx.Paragraph(null));
        foreach (var row in rows.Where(r => r.Analysis is not null))
        {
            var paragraphs = ReportText.Paragraphs(row.Analysis);
            for (var i = 0; i < paragraphs.Count; i++)
            {
                body.Append(i == 0
                    ? Docx.Paragraph(null, [Docx.Run($"Analys, {ReportText.OneLine(row.Name)}: ", bold: true), .. Docx.Lines(paragraphs[i])])
                    : Docx.Paragraph(null, Docx.Lines(paragraphs[i])));
            }
        }
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        // The header row repeats on every page the table spans.
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < cells.Count; i++)
        {
            var alignment = i is > 0 and < 6 && !header ? JustificationValues.Right : JustificationValues.Left;
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                Docx.Paragraph(null, alignment, Docx.Lines(cells[i]))));
        }
        return row;
    }

    private static void Activities(Body body, IReadOnlyList<ActivityRow> activities)
    {
        body.Append(Docx.Paragraph(null, Docx.Run("Aktiviteter", bold: true)));
        foreach (var a in activities)
        {
            var runs = new List<OpenXmlElement> { Docx.Run(ReportText.OneLine(a.Title)) };
            if (a.Dates is not null) runs.Add(Docx.Run($" ({a.Dates})"));
            if (a.Deviation)
            {
                runs.Add(Docx.Run(" – "));
                runs.Add(Docx.Run(ActivityRow.DeviationLabel, bold: true));
            }
            body.Append(Docx.Paragraph(DocxStyles.ListBullet, [.. runs]));
            if (a.Analysis is null) continue;
            var paragraphs = ReportText.Paragraphs(a.Analysis);
            for (var i = 0; i < paragraphs.Count; i++)
            {
                body.Append(i == 0
                    ? Docx.Paragraph(DocxStyles.ListNote, [Docx.Run("Analys: ", italic: true), .. Docx.Lines(paragraphs[i])])
                    : Docx.Paragraph(DocxStyles.ListNote, Docx.Lines(paragraphs[i])));
            }
        }
    }
}
