using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>Rows that lost their values: recognised and reported as unclear table lines, never absorbed in silence.</summary>
internal sealed partial class GoalDocumentParser
{
    /// <summary>
    /// Indentation or a lost status symbol announces a row; text so announced that no row could be read from is kept
    /// where it went (an Analys, a note) but reported, since it is most likely a row whose values are missing.
    /// </summary>
    private void AnnouncedRowUnread(SourceLine line)
    {
        Ledger.Unclear(line, "inleder en tabellrad men ingen rad kunde läsas");
        _warn(line.Number, $"Raden \"{line.Text}\" ser ut att inleda en tabellrad men kunde inte tolkas; texten lades i analysen ovanför.");
    }

    /// <summary>
    /// A row whose values are lost (deleted, garbled) leaves its name lines before the next row, which then reads them
    /// as the start of its own name. Where a later group of lines, after a blank line and starting with a capital,
    /// reads as the same row on its own, the lines before it are no part of that row.
    /// </summary>
    private (int Start, object Row)? GluedOnLead(TableHeader table, List<SourceLine> rowLines, List<int> groupStarts, object parsed)
    {
        foreach (var g in groupStarts)
        {
            var first = rowLines[g].Text;
            if (first.Length == 0 || !char.IsUpper(first[0])) continue;
            // In a report, sentences before a row are an Analys or a note; the caller keeps them as such.
            if (table.Kind.IsReport() && rowLines.Take(g).Any(l => Continuation.EndsSentence(l.Text))) continue;
            if (ParseRow(table, rowLines.GetRange(g, rowLines.Count - g)) is { } tail && RowShape.SameValues(tail, parsed)) return (g, tail);
        }
        return null;
    }

    private void ReportGluedLines(List<SourceLine> lines)
    {
        foreach (var line in lines) Ledger.Unclear(line, "saknar värden och hör inte till raden efter");
        _warn(lines[0].Number, $"Texten \"{LineJoiner.JoinText(lines, _vocabulary)}\" står i en tabell men är ingen hel rad (värdena saknas) och har inte importerats.");
    }
}
