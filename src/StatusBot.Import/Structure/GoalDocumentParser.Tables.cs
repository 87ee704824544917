using StatusBot.Import.Accounting;
using StatusBot.Import.Tables;
using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>Indicator and activity tables inside a goal section: rows, their Analys, repeated headers, notes.</summary>
internal sealed partial class GoalDocumentParser
{
    private const int MaxRowLines = 40;

    /// <summary>
    /// Reads rows until the table ends (a heading, another kind of table, a sub-heading). In reports an "Analys"
    /// after a row belongs to it, and so does text after a row without one (DOMAIN §8.14). A repeated header after
    /// a page break is skipped; if it cut through an Analys, the text after it continues that Analys (§8.4).
    /// </summary>
    private int ParseTable(TableHeader header, GoalContent content, ITextTarget goalText)
    {
        var kind = header.Kind;
        Ledger.Open(_lines[header.FirstIndex].Number);
        MarkLayout(header);
        var i = header.LastIndex + 1;
        TableItem? last = null;
        // Where "Analys" text goes: the row above, or the goal's text when no row could be read.
        ITextTarget? analysis = null;
        SourceLine? lastAnalysisLine = null;
        var sawBlank = false;
        var sawSpaceOnly = false;
        var afterRepeat = false;

        void AddToAnalysis(ITextTarget target, SourceLine line, bool newParagraph)
        {
            if (target == goalText) Ledger.Unclear(line, "analys utan läsbar rad ovanför");
            else if (RowShape.LooksLikeValues(kind, line.Text)) Ledger.Unclear(line, "ser ut som en tabellrads värden men hör inte till någon rad");
            else Ledger.Row(line);
            if (newParagraph) target.Add(new SourceLine(line.Number, ""));
            target.Add(line);
            analysis = target;
            lastAnalysisLine = line;
        }

        while (i < _lines.Count)
        {
            var line = _lines[i];
            if (line.IsBlank)
            {
                sawBlank = true;
                sawSpaceOnly |= line.IsSpaceOnly;
                i++;
                continue;
            }
            if (IsBoundary(line)) break;
            if (HeaderAt(i) is { } repeat)
            {
                if (repeat.Kind != kind) break;
                MarkLayout(repeat);
                i = repeat.LastIndex + 1;
                afterRepeat = true;
                sawBlank = sawSpaceOnly = false;
                continue;
            }
            var sub = SectionMarkers.SubHeadingOf(line.Raw);
            if (sub == SectionMarkers.Analys)
            {
                if (last is null) _warn(line.Number, "En analys står i en tabell utan läsbar rad ovanför; den lades i målets text.");
                analysis = last is null ? goalText : last.Analysis;
                if (last is null) Ledger.Unclear(line, "analys utan läsbar rad ovanför");
                // A second Analys for one row: a row between them lost its values and its name went into the first.
                else if (last.HasAnalysisHeading) Ledger.Unclear(line, "en andra analys till samma rad; raden ovanför saknar värden");
                else Ledger.Row(line);
                if (last is not null) last.HasAnalysisHeading = true;
                lastAnalysisLine = null;
                i++;
                sawBlank = sawSpaceOnly = afterRepeat = false;
                continue;
            }
            if (sub is not null) break;

            var strong = line.LeadingSpaces >= 2 || sawSpaceOnly;
            if (analysis is not null)
            {
                // The first text after "Analys" is always its text, even when a page break left a blank line.
                var continues = lastAnalysisLine is null
                    || (!sawBlank && !afterRepeat)
                    || (afterRepeat && !sawSpaceOnly && Continuation.IsSentenceContinuation(lastAnalysisLine.Value.Text, line.Text));
                if (!continues)
                {
                    // Rows announce themselves by indentation or a lost status symbol; without either, only a row that
                    // does not read like a sentence ends the Analys (enskede L4234–4248 is a list inside an Analys).
                    if (TryReadRow(header, i, out var row, out var next, out var rowLines, out var glued) && (strong || RowShape.LooksLikeRowStart(kind, rowLines)))
                    {
                        last = AddItem(content, row, i, next, rowLines, glued);
                        analysis = null;
                        i = next;
                        sawBlank = sawSpaceOnly = afterRepeat = false;
                        continue;
                    }
                    if (RowShape.IsLastCellOnly(kind, line.Text)) WarnIfRowLike(kind, line);
                }
                AddToAnalysis(analysis, line, newParagraph: !continues && (sawBlank || afterRepeat));
                if (!continues && strong) AnnouncedRowUnread(line);
                i++;
                sawBlank = sawSpaceOnly = afterRepeat = false;
                continue;
            }

            if (TryReadRow(header, i, out var newRow, out var after, out var newRowLines, out var newGlued) && (strong || RowShape.LooksLikeRowStart(kind, newRowLines)))
            {
                last = AddItem(content, newRow, i, after, newRowLines, newGlued);
                i = after;
                sawBlank = sawSpaceOnly = afterRepeat = false;
                continue;
            }

            // Text that is no row: a note on the row above in reports (DOMAIN §8.14), prose of the goal otherwise.
            WarnIfRowLike(kind, line);
            if (kind.IsReport() && last is not null)
            {
                AddToAnalysis(last.Analysis, line, newParagraph: sawBlank);
                if (strong) AnnouncedRowUnread(line);
            }
            else
            {
                Ledger.Unclear(line, "ingen tabellrad kunde läsas här; texten lades i målets beskrivning");
                if (sawBlank) goalText.Add(new SourceLine(line.Number, ""));
                goalText.Add(line);
            }
            i++;
            sawBlank = sawSpaceOnly = afterRepeat = false;
        }
        Ledger.Close(LastNonBlankNumberBefore(i));
        return i;
    }

    private int LastNonBlankNumberBefore(int index)
    {
        var j = index - 1;
        while (j > 0 && _lines[j].IsBlank) j--;
        return _lines[Math.Max(j, 0)].Number;
    }

    private void MarkLayout(TableHeader header)
    {
        for (var j = header.FirstIndex; j <= header.LastIndex; j++) Ledger.Layout(_lines[j]);
    }

    /// <summary>
    /// A row read from lines [start, next): its lines are the row's, the glued-on lines of a lost row before it are
    /// reported, and what else lay between is a repeated header.
    /// </summary>
    private TableItem AddItem(GoalContent content, object row, int start, int next, List<SourceLine> rowLines, List<SourceLine> glued)
    {
        if (glued.Count > 0) ReportGluedLines(glued);
        var rowNumbers = rowLines.Select(l => l.Number).ToHashSet();
        for (var j = start; j < next; j++)
        {
            if (rowNumbers.Contains(_lines[j].Number)) Ledger.Row(_lines[j]);
            else if (!glued.Contains(_lines[j])) Ledger.Layout(_lines[j]);
        }
        Ledger.RowRead(row, rowLines);
        var item = new TableItem(_lines[start].Number, row, _vocabulary);
        content.Items.Add(item);
        return item;
    }

    /// <summary>
    /// Collects lines from <paramref name="start"/> (skipping blank lines and repeated headers) until one can end
    /// a row and the collected text parses as one; <paramref name="glued"/> are a lost row's lines before it.
    /// </summary>
    private bool TryReadRow(TableHeader table, int start, out object row, out int next, out List<SourceLine> rowLines, out List<SourceLine> glued)
    {
        var kind = table.Kind;
        rowLines = [];
        glued = [];
        var headerInside = 0;
        // Where a blank line or a repeated header separates the collected lines: a row may have been glued on there.
        var groupStarts = new List<int>();
        var gap = false;
        var j = start;
        while (j < _lines.Count && rowLines.Count < MaxRowLines)
        {
            var line = _lines[j];
            if (line.IsBlank)
            {
                gap = true;
                j++;
                continue;
            }
            if (IsBoundary(line) || SectionMarkers.SubHeadingOf(line.Raw) is not null) break;
            if (HeaderAt(j) is { } header)
            {
                if (header.Kind != kind || rowLines.Count == 0) break;
                headerInside = line.Number;
                j = header.LastIndex + 1;
                gap = true;
                continue;
            }
            if (gap && rowLines.Count > 0) groupStarts.Add(rowLines.Count);
            gap = false;
            rowLines.Add(line);
            j++;
            if (!RowShape.EndsRow(kind, line.Text)) continue;
            if ((ParseRow(table, rowLines) ?? ParseWithFreeTextTarget(table, rowLines, groupStarts)) is not { } parsed)
            {
                // A line holding only the last cell ("2023", "VB 2023", "År") cannot belong to a name: the row is
                // broken, and reading on would swallow the next row.
                if (RowShape.IsLastCellOnly(kind, line.Text)) break;
                continue;
            }
            if (headerInside > 0) _warn(headerInside, "Ett upprepat tabellhuvud stod mitt i en tabellrad och hoppades över.");
            if (GluedOnLead(table, rowLines, groupStarts, parsed) is { } split)
            {
                glued = rowLines.GetRange(0, split.Start);
                rowLines = rowLines.GetRange(split.Start, rowLines.Count - split.Start);
                parsed = split.Row;
            }
            row = parsed;
            next = j;
            return true;
        }
        row = null!;
        next = start;
        return false;
    }

    private object? ParseRow(TableHeader table, List<SourceLine> rowLines) => table.Kind switch
    {
        TableKind.PlanIndicators => IndicatorRowParser.ParsePlan(LineJoiner.JoinCells(rowLines, _vocabulary), table.TargetColumns),
        TableKind.ReportIndicators => IndicatorRowParser.ParseReport(LineJoiner.JoinCells(rowLines, _vocabulary)),
        _ => ActivityRowParser.Parse(LineJoiner.JoinText(rowLines, _vocabulary)),
    };

    private void WarnIfRowLike(TableKind kind, SourceLine line)
    {
        if (RowShape.EndsRow(kind, line.Text) && !Continuation.EndsSentence(line.Text))
            _warn(line.Number, $"Raden ser ut som slutet på en tabellrad men kunde inte tolkas: \"{line.Text}\".");
    }
}
