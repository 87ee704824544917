using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatusBot.Domain.Periods;
using StatusBot.Reports;
using StatusBot.Tests.Cards;
using StatusBot.Tests.Support;
using StatusBot.Application.Reports;

namespace StatusBot.Tests.Reports;

/// <summary>The Markdown is parsed back with a GFM parser, so the checks are on what a reader sees, not on spacing.</summary>
public class MarkdownReportWriterTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UsePipeTables().Build();

    [Fact]
    public void The_title_and_one_heading_per_goal_follow_the_goal_levels()
    {
        var plan = ImportedSeeds.Enskede;
        var document = Parse(MarkdownReportWriter.Write(PeriodReport.Build([plan], ReportPlans.Vb2023)));

        var headings = document.Descendants<HeadingBlock>().Select(h => (h.Level, Text: PlainText(h.Inline))).ToList();

        Assert.Equal((1, "Verksamhetsberättelse 2023 – Enskede-Årsta-Vantörs stadsdelsnämnd"), headings[0]);
        Assert.Equal(plan.Goals.Select(g => (2 + (int)g.Level, $"{g.Number} {g.Title}")), headings.Skip(1));
        Assert.Contains((2, "1 Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden"), headings);
        Assert.Contains((4, "3.6.1 Stadsdelsområdet är tryggt, tillgängligt och välskött"), headings);
    }

    [Fact]
    public void A_known_indicator_is_a_table_row_with_outcome_split_and_targets()
    {
        var markdown = MarkdownReportWriter.Write(PeriodReport.Build([ImportedSeeds.Enskede], ReportPlans.Vb2023));
        var tables = Parse(markdown).Descendants<Table>().ToList();

        Assert.Contains("| Andel stockholmare som upplever trygghet i den stadsdel där man bor | 78 % | 80 % | 76 % | 79 % | 79 % | 2023 |", markdown);
        var header = Rows(tables[0])[0];
        Assert.Equal(["Indikator", "Utfall", "Män/pojkar", "Kvinnor/flickor", "Årsmål", "KF:s årsmål", "Period"], header);
        var row = tables.SelectMany(Rows).Single(r => r[0] == "Andel stockholmare som upplever trygghet i den stadsdel där man bor");
        Assert.Equal(["78 %", "80 %", "76 %", "79 %", "79 %", "2023"], row[1..]);
        Assert.Equal(ImportedSeeds.Enskede.Goals.Count(g => g.Indicators.Count > 0), tables.Count);
    }

    [Fact]
    public void Assessments_analyses_and_deviations_are_written()
    {
        var markdown = MarkdownReportWriter.Write(PeriodReport.Build([ImportedSeeds.Enskede], ReportPlans.Vb2023));
        var text = PlainText(Parse(markdown));

        Assert.Equal(34, Count(markdown, "**Bedömning:** Uppfylls helt\n"));
        Assert.Equal(10, Count(markdown, "**Bedömning:** Uppfylls delvis\n"));
        Assert.Equal(13, Count(markdown, " – **Avvikelse**\n"));
        Assert.Contains("Starta ett nätverk kring relationsvåld", text);
        Assert.Contains("(1 januari–31 december 2023)", text);
        Assert.Contains("inom den statistiska felmarginalen", text);
    }

    [Fact]
    public void An_unreported_tertial_says_so_for_every_goal()
    {
        var plan = ImportedSeeds.Enskede;
        var markdown = MarkdownReportWriter.Write(PeriodReport.Build([plan], new ReportingPeriod(2023, PeriodKind.T2)));

        Assert.StartsWith("# Tertialrapport 2 2023 – Enskede-Årsta-Vantörs stadsdelsnämnd\n", markdown);
        Assert.Equal(plan.Goals.Count, Count(markdown, "**Prognos för helåret:** Ej rapporterad\n"));
        Assert.DoesNotContain("Avvikelse**", markdown);
    }

    [Fact]
    public void Several_organisations_get_a_heading_each_and_goals_move_one_level_down()
    {
        var markdown = MarkdownReportWriter.Write(PeriodReport.Build(ImportedSeeds.All, ReportPlans.Vb2023));
        var headings = Parse(markdown).Descendants<HeadingBlock>().Select(h => (h.Level, Text: PlainText(h.Inline))).ToList();

        Assert.Equal((1, "Verksamhetsberättelse 2023"), headings[0]);
        Assert.Contains((2, ImportedSeeds.Stod.Organisation), headings);
        Assert.Contains((2, ImportedSeeds.Enskede.Organisation), headings);
        Assert.Contains((3, "1 Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden"), headings);
        Assert.Contains(headings, h => h.Level == 6);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Document_text_reads_literally_in_headings_cells_and_prose(string hostile)
    {
        var plans = new SyntheticPlans();
        var goal = plans.Nm362;
        goal.Title = hostile;
        goal.Indicators[0].Name = hostile;
        goal.Activities[0].Analysis = hostile;
        var markdown = MarkdownReportWriter.Write(PeriodReport.Build([plans.Enskede], ReportPlans.Vb2023));
        var document = Parse(markdown);

        var heading = document.Descendants<HeadingBlock>().Single(h => PlainText(h.Inline).StartsWith("3.6.2 ", StringComparison.Ordinal));
        Assert.Equal("3.6.2 " + OneLine(hostile), PlainText(heading.Inline).Replace("\n", " "));
        var table = document.Descendants<Table>().ToList();
        Assert.Contains(table.SelectMany(Rows), r => r.Length == 7 && r[0] == CellText(hostile));
        Assert.DoesNotContain(document.Descendants<LinkInline>(), l => l.Url?.Contains("evil", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(document.Descendants<HtmlInline>(), h => h.Tag != "<br>");
        Assert.Empty(document.Descendants<HtmlBlock>());
    }

    public static TheoryData<string> HostileTexts() => [.. SyntheticPlans.HostileTexts];

    /// <summary>Every GFM extension a reader's viewer may have on: an analysis must still become no table and no link.</summary>
    private static readonly MarkdownPipeline Everything = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("Se | tabell\n--|--\nxyzzy | plugh")]
    [InlineData("Läs mer på https://phish.example/sida och www.phish.example")]
    [InlineData("Mejla anna@phish.example")]
    [InlineData("[klicka](https://phish.example)")]
    public void An_analysis_becomes_no_table_and_no_live_link(string analysis)
    {
        var plans = new SyntheticPlans();
        plans.Nm362.Activities[0].Analysis = analysis.Replace("\\n", "\n");
        var markdown = MarkdownReportWriter.Write(PeriodReport.Build([plans.Enskede], ReportPlans.Vb2023));
        var document = Markdown.Parse(markdown, Everything);

        Assert.DoesNotContain(document.Descendants<LinkInline>(), l => l.Url?.Contains("phish", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(document.Descendants<AutolinkInline>(), l => l.Url.Contains("phish", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Descendants<Table>(), t => PlainText(t).Contains("xyzzy", StringComparison.Ordinal));
        // The words themselves are still there, as text.
        Assert.Contains(analysis.Contains("xyzzy") ? "xyzzy" : "phish", PlainText(document));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_survive_and_lone_surrogates_do_not()
    {
        var plans = new SyntheticPlans();
        plans.Nm362.Activities[0].Analysis = "Klart 🎉 med 𠜎 och \ud800 halv";
        var markdown = MarkdownReportWriter.Write(PeriodReport.Build([plans.Enskede], ReportPlans.Vb2023));

        Assert.Contains("Klart 🎉 med 𠜎 och  halv", markdown);
        // Strict UTF-8 refuses a lone surrogate: the whole export must encode.
        _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(markdown);
    }

    [Fact]
    public void Cells_escape_pipes_and_keep_line_breaks_inside_the_row() =>
        Assert.Equal("a \\| b<br>c", MarkdownReportWriter.Cell("a | b\r\n  c"));

    private static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Gfm);

    private static List<string[]> Rows(Table table) =>
        table.OfType<TableRow>().Select(r => r.OfType<TableCell>().Select(c => PlainText(c).Replace("\n", " ")).ToArray()).ToList();

    /// <summary>A cell shows its text on one line with &lt;br&gt; tags where lines broke.</summary>
    private static string CellText(string text) =>
        string.Join(" ", text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string OneLine(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static string PlainText(MarkdownObject? node) => node switch
    {
        null => "",
        LiteralInline l => l.Content.ToString(),
        CodeInline c => c.Content,
        LineBreakInline => "\n",
        HtmlInline h => h.Tag == "<br>" ? "\n" : h.Tag,
        ContainerInline c => string.Concat(c.Select(PlainText)),
        LeafBlock b => PlainText(b.Inline),
        ContainerBlock b => string.Join("\n", b.Select(PlainText)),
        _ => "",
    };
}
