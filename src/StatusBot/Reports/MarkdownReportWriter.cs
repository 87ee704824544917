using System.Text;
using System.Text.RegularExpressions;
using StatusBot.Import.Tables;
using StatusBot.Application.Reports;

namespace StatusBot.Reports;

/// <summary>
/// The period report as GitHub-flavoured Markdown: one heading per goal level, the assessment in bold, a pipe table
/// of indicators and a bullet list of activities. Document text is escaped so it reads literally.
/// </summary>
public static partial class MarkdownReportWriter
{
    // Characters that start inline constructs anywhere in a line: emphasis, strikethrough, code, links (with "["
    // escaped, "](" and "![" lose their meaning), HTML and autolinks, entities ("&amp;"), "#" (an ATX heading drops a
    // trailing "##"), and the backslash itself.
    // "|" would let an analysis draw a table; "@" and "://" and "www." would become live links (GFM autolinks).
    private const string InlineSpecials = "\\`*_~[]<>&#|@";

    // Block markers only count at the start of a line: headings, quotes, bullets, numbered items ("1. ", not "3.6.1").
    [GeneratedRegex(@"^(\s*)([#>+=-]|\d{1,9}[.)](?=\s|$))", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LineStartMarker();

    public static string Write(PeriodReport report)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(OneLine(report.Title))).Append("\n\n");
        if (report.Plans.Count == 0) md.Append("Det finns inga mål för perioden.\n\n");
        var perPlanHeading = report.SingleOrganisation is null;
        foreach (var plan in report.Plans)
        {
            if (perPlanHeading) md.Append("## ").Append(Inline(OneLine(plan.Organisation))).Append("\n\n");
            foreach (var goal in plan.Goals) Goal(md, goal, baseLevel: perPlanHeading ? 3 : 2);
        }
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void Goal(StringBuilder md, GoalReport goal, int baseLevel)
    {
        // Markdown has six heading levels; enhetsmål under a per-plan heading would need the sixth at most.
        md.Append('#', Math.Min(6, baseLevel + goal.Depth)).Append(' ').Append(Inline(OneLine(goal.Heading))).Append("\n\n");
        md.Append("**").Append(goal.AssessmentCaption).Append(":** ").Append(Inline(goal.AssessmentLabel)).Append("\n\n");
        if (goal.Analysis is not null)
        {
            md.Append("**Analys**\n\n");
            Prose(md, goal.Analysis);
        }
        if (goal.Indicators.Count > 0) Indicators(md, goal.Indicators);
        if (goal.Activities.Count > 0) Activities(md, goal.Activities);
    }

    private static void Indicators(StringBuilder md, IReadOnlyList<IndicatorRow> rows)
    {
        Row(md, IndicatorRow.Headers);
        // Numbers right-aligned as in the document's table; name and period are text.
        md.Append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        foreach (var row in rows) Row(md, row.Cells);
        md.Append('\n');
        foreach (var row in rows.Where(r => r.Analysis is not null))
        {
            md.Append("**Analys, ").Append(Inline(OneLine(row.Name))).Append(":** ");
            Prose(md, row.Analysis!);
        }
    }

    private static void Row(StringBuilder md, IEnumerable<string> cells)
    {
        md.Append('|');
        foreach (var cell in cells) md.Append(' ').Append(Cell(cell)).Append(" |");
        md.Append('\n');
    }

    private static void Activities(StringBuilder md, IReadOnlyList<ActivityRow> activities)
    {
        md.Append("**Aktiviteter**\n\n");
        foreach (var a in activities)
        {
            md.Append("- ").Append(Inline(OneLine(a.Title)));
            if (a.Dates is not null) md.Append(" (").Append(a.Dates).Append(')');
            if (a.Deviation) md.Append(" – **").Append(ActivityRow.DeviationLabel).Append("**");
            md.Append('\n');
            if (a.Analysis is not null)
            {
                // Indented so the analysis stays inside its list item.
                var label = "*Analys:* ";
                foreach (var paragraph in ReportText.Paragraphs(a.Analysis))
                {
                    md.Append("\n  ").Append(label).Append(Inline(paragraph).Replace("\n", "\n  ")).Append('\n');
                    label = "";
                }
                md.Append('\n');
            }
        }
        md.Append('\n');
    }

    private static void Prose(StringBuilder md, string text)
    {
        foreach (var paragraph in ReportText.Paragraphs(text)) md.Append(Inline(paragraph)).Append("\n\n");
    }

    /// <summary>Escapes document text so Markdown shows it literally (titles, analyses).</summary>
    public static string Inline(string text)
    {
        var clean = ReportText.Clean(text);
        var sb = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            if (InlineSpecials.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        var escaped = Autolink().Replace(sb.ToString(), m => m.Value.Replace("/", "\\/").Replace(".", "\\."));
        return LineStartMarker().Replace(escaped, m =>
            m.Groups[1].Value + (char.IsDigit(m.Groups[2].Value[0]) ? m.Groups[2].Value[..^1] + "\\" + m.Groups[2].Value[^1] : "\\" + m.Groups[2].Value));
    }

    // The starts GFM's autolink extension looks for: a scheme's "://" and a bare "www.".
    [GeneratedRegex(@"://|\bwww\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Autolink();

    /// <summary>A table cell: inline-escaped, "|" escaped, and line breaks as &lt;br&gt; since a row is one line.</summary>
    public static string Cell(string text) =>
        Inline(TrimmedLines(text)).Replace("\n", "<br>");

    private static string TrimmedLines(string text) => string.Join('\n', ReportText.Clean(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string OneLine(string text) => ReportText.OneLine(text);
}
