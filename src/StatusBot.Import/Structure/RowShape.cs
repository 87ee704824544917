using StatusBot.Import.Tables;
using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>What a table line or a read row looks like, per table kind: where a row can end, value lines, name starts.</summary>
internal static class RowShape
{
    public static bool EndsRow(TableKind kind, string text) => kind switch
    {
        TableKind.PlanIndicators => IndicatorRowParser.EndsPlanRow(text),
        TableKind.ReportIndicators => IndicatorRowParser.EndsReportRow(text),
        _ => ActivityRowParser.EndsRow(text),
    };

    public static bool IsLastCellOnly(TableKind kind, string text) => kind switch
    {
        TableKind.PlanIndicators => text is "År" or "Tertial" or "tertial",
        TableKind.ReportIndicators => IndicatorRowParser.IsPeriodOnly(text),
        _ => false,
    };

    /// <summary>
    /// Without indentation or a lost status symbol to announce it, a row must read like a name: it starts with a
    /// capital, and no sentence ends inside its text part (which would mean a paragraph glued onto the real row) —
    /// except in a plan's activity table, where activities are sentences and no Analys paragraphs occur.
    /// </summary>
    public static bool LooksLikeRowStart(TableKind kind, List<SourceLine> rowLines)
    {
        var first = rowLines[0].Text;
        if (first.Length == 0 || char.IsLower(first[0]) || char.IsDigit(first[0])) return false;
        var textLines = kind.IsIndicators()
            ? rowLines.TakeWhile(l => l.Text.Length > 0 && !char.IsDigit(l.Text[0]) && l.Text[0] != '+').ToList()
            : rowLines.Take(rowLines.Count - 1).ToList();
        // A plan's activity is a sentence or two ("… för rekreation. Detta genom …") and no Analys can precede it.
        return kind == TableKind.PlanActivities || textLines.SkipLast(1).All(l => !Continuation.EndsSentence(l.Text));
    }

    /// <summary>
    /// A line of a row's values that no row took ("22,7 % 21,5 % 24 % 27,1 % 24 % 24 % VB 2023", "24 % 24 % Tertial",
    /// "2023", two dates): text after a row would otherwise take it in as a note. Prose that merely ends with a year has
    /// fewer numbers.
    /// </summary>
    public static bool LooksLikeValues(TableKind kind, string text)
    {
        if (IsLastCellOnly(kind, text)) return true;
        if (!EndsRow(kind, text)) return false;
        if (!kind.IsIndicators()) return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3;
        var numbers = CellTokenizer.Tokenize(text).Count(t => t.IsNumber || t.Text == "%");
        return numbers >= (kind == TableKind.PlanIndicators ? 2 : 3);
    }

    public static bool SameValues(object a, object b) => (a, b) switch
    {
        (PlanIndicatorRow x, PlanIndicatorRow y) => x with { Name = "" } == y with { Name = "" },
        (ReportIndicatorRow x, ReportIndicatorRow y) => x with { Name = "" } == y with { Name = "" },
        (ActivityRow x, ActivityRow y) => x with { Title = "" } == y with { Title = "" },
        _ => false,
    };

    /// <summary>
    /// Whether a line outside the tables looks like a row's values in a table of any kind (or an activity's end, two
    /// ISO dates). Prose has no such lines, so one is a row whose table header was lost or not recognised.
    /// </summary>
    public static bool LooksLikeStrayRow(string text) =>
        ActivityRowParser.EndsRow(text) || LooksLikeValues(TableKind.PlanIndicators, text) || LooksLikeValues(TableKind.ReportIndicators, text);
}
