using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;
using StatusBot.Import.Tables;
using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>
/// Reads the goal part of a cleaned document (page furniture already removed) into the plan: from the first goal
/// heading that is not a table-of-contents entry to "Redovisning/Uppföljning av ekonomi" (DOMAIN §2.6). Each goal
/// section holds prose parts under fixed sub-headings, an assessment label (reports) and indicator and activity
/// tables (§2.5); table rows are read by looking ahead to a row's last cell and parsing it from the right.
/// </summary>
internal sealed class GoalDocumentParser
{
    private const int MaxTitleLines = 6;
    private const int MaxRowLines = 40;

    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly Vocabulary _vocabulary;
    private readonly Plan _plan;
    private readonly Action<int, string> _warn;
    private readonly GoalTreeBuilder _tree;
    private readonly TableHeader?[] _headers;
    private readonly bool[] _headerChecked;
    private readonly List<GoalContent> _contents = [];
    private bool _ended;

    public GoalDocumentParser(IReadOnlyList<SourceLine> lines, Vocabulary vocabulary, Plan plan, Action<int, string> warn)
    {
        _lines = lines;
        _vocabulary = vocabulary;
        _plan = plan;
        _warn = warn;
        _tree = new GoalTreeBuilder(plan, warn);
        _headers = new TableHeader?[lines.Count];
        _headerChecked = new bool[lines.Count];
    }

    /// <summary>Line numbers of the goal part, for later scans (null when no goal heading was found).</summary>
    public (int First, int Last)? GoalPart { get; private set; }

    public void Parse()
    {
        var i = 0;
        var first = 0;
        while (i < _lines.Count && !_ended)
        {
            var line = _lines[i];
            if (_contents.Count > 0 && SectionMarkers.IsEndOfGoals(line.Raw)) break;
            if (!GoalHeading.TryRead(line.Raw, out var level, out var rest))
            {
                i++;
                continue;
            }
            if (TableOfContentsEntryEnd(i) is { } tocEnd)
            {
                i = tocEnd;
                continue;
            }
            if (first == 0) first = line.Number;
            i = ParseGoal(i, level, rest);
        }
        if (first > 0) GoalPart = (first, i < _lines.Count ? _lines[i].Number : _lines[^1].Number);
        foreach (var content in _contents) content.ApplyTo(_plan, _warn);
    }

    // ---- goals -----------------------------------------------------------------------------------------------

    private int ParseGoal(int index, GoalLevel level, string rest)
    {
        var heading = _lines[index];
        // "Nämndmål:" alone on its line: number and title follow on the next one.
        if (rest.Trim().Length == 0 && index + 1 < _lines.Count && !_lines[index + 1].IsBlank && !IsStructure(index + 1))
            rest = _lines[++index].Raw;
        var (printed, firstTitleLine) = GoalHeading.SplitNumber(level, rest);
        var firstLine = new SourceLine(heading.Number, firstTitleLine);
        var (title, next, remainder) = level == GoalLevel.Inriktningsmal
            ? ReadInriktningsmalTitle(index, firstLine)
            : (ReadTitle(index, firstLine, out var after), after, (SourceLine?)null);
        if (title.Length == 0) _warn(heading.Number, $"{level.DisplayName()} utan titel.");

        var goal = _tree.Add(level, printed, title, heading.Number);
        var content = new GoalContent(goal, heading.Number, _vocabulary);
        _contents.Add(content);
        ITextTarget target = content.Intro;
        if (remainder is { } r) target.Add(r);

        var i = next;
        while (i < _lines.Count)
        {
            var line = _lines[i];
            if (SectionMarkers.IsEndOfGoals(line.Raw))
            {
                _ended = true;
                return i;
            }
            if (GoalHeading.IsHeading(line.Raw)) return i;
            if (line.IsBlank)
            {
                target.Add(line);
                i++;
                continue;
            }
            if (SectionMarkers.TryReadLabel(line.Raw, out var bedomning))
            {
                if (content.Label is null)
                {
                    content.Label = bedomning;
                    content.LabelLine = line.Number;
                }
                else
                {
                    _warn(line.Number, $"Målet \"{goal.Title}\" har fler än en bedömning; den första gäller.");
                }
                i++;
                continue;
            }
            if (HeaderAt(i) is { } header)
            {
                i = ParseTable(header, content, target);
                continue;
            }
            if (SectionMarkers.SubHeadingOf(line.Raw) is { } sub && SectionTarget(sub, content) is { } sectionTarget)
            {
                target = sectionTarget;
                i++;
                continue;
            }
            target.Add(line);
            i++;
        }
        return i;
    }

    private static ITextTarget? SectionTarget(string subHeading, GoalContent content) => subHeading switch
    {
        SectionMarkers.Beskrivning => content.Description,
        SectionMarkers.ForvantatResultat => content.ExpectedResults,
        SectionMarkers.Analys => content.Analysis,
        // Arbetssätt/Uppföljning/Utveckling are fixed only under an enhetsmål; elsewhere they are free sub-headings.
        _ when content.Goal.Level == GoalLevel.Enhetsmal => content.Section(subHeading),
        _ => null,
    };

    /// <summary>VO, nämndmål and enhetsmål titles wrap and run to the first blank line (or the next structure).</summary>
    private string ReadTitle(int index, SourceLine firstLine, out int next)
    {
        var titleLines = new List<SourceLine> { firstLine };
        next = index + 1;
        while (next < _lines.Count && titleLines.Count < MaxTitleLines && !_lines[next].IsBlank && !IsStructure(next))
            titleLines.Add(_lines[next++]);
        return LineJoiner.JoinText(titleLines, _vocabulary);
    }

    /// <summary>An inriktningsmål heading can run straight into prose, so it is matched against the known titles.</summary>
    private (string Title, int Next, SourceLine? Remainder) ReadInriktningsmalTitle(int index, SourceLine firstLine)
    {
        var candidates = new List<SourceLine> { firstLine };
        for (var j = index + 1; j < _lines.Count && candidates.Count < 4 && !_lines[j].IsBlank && !IsStructure(j); j++)
            candidates.Add(_lines[j]);
        for (var k = 1; k <= candidates.Count; k++)
        {
            var joined = LineJoiner.JoinText(candidates.Take(k), _vocabulary);
            if (!InriktningsmalTitles.TryMatchStart(joined, out _, out var length)) continue;
            var rest = joined[length..].Trim();
            var remainder = rest.Length > 0 ? new SourceLine(candidates[k - 1].Number, rest + " ") : (SourceLine?)null;
            return (joined[..length].Trim(), index + k, remainder);
        }
        for (var k = 1; k <= candidates.Count; k++)
        {
            var joined = LineJoiner.JoinText(candidates.Take(k), _vocabulary);
            if (!InriktningsmalTitles.TryMatchApproximately(joined, out var known, out var length)) continue;
            var title = joined[..length].Trim();
            _warn(firstLine.Number, $"Inriktningsmålets titel \"{title}\" avviker från kommunfullmäktiges \"{InriktningsmalTitles.Known[known]}\"; den tryckta titeln används.");
            var rest = joined[length..].Trim();
            return (title, index + k, rest.Length > 0 ? new SourceLine(candidates[k - 1].Number, rest + " ") : null);
        }

        // An unknown title: read it like other headings, but a new line that starts with a capital letter is taken
        // as the prose that follows a heading without a blank line.
        var lines = new List<SourceLine> { firstLine };
        var next = index + 1;
        while (next < _lines.Count && lines.Count < MaxTitleLines && !_lines[next].IsBlank && !IsStructure(next)
               && !char.IsUpper(_lines[next].Text[0]))
            lines.Add(_lines[next++]);
        var unknown = LineJoiner.JoinText(lines, _vocabulary);
        _warn(firstLine.Number, $"Inriktningsmålets titel \"{unknown}\" är inte någon av kommunfullmäktiges tre kända.");
        return (unknown, next, null);
    }

    /// <summary>A heading whose text ends in a dot leader ("… ....5") belongs to the table of contents.</summary>
    private int? TableOfContentsEntryEnd(int index)
    {
        for (var j = index; j < _lines.Count && j < index + MaxTitleLines; j++)
        {
            if (_lines[j].IsBlank || (j > index && IsStructure(j))) return null;
            if (SectionMarkers.IsTableOfContentsEntry(_lines[j].Raw)) return j + 1;
        }
        return null;
    }

    // ---- tables ----------------------------------------------------------------------------------------------

    /// <summary>
    /// Reads rows until the table ends (a heading, another kind of table, a sub-heading). In reports an "Analys"
    /// after a row belongs to it, and so does text after a row without one (DOMAIN §8.14). A repeated header after
    /// a page break is skipped; if it cut through an Analys, the text after it continues that Analys (§8.4).
    /// </summary>
    private int ParseTable(TableHeader header, GoalContent content, ITextTarget goalText)
    {
        var kind = header.Kind;
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
                i = repeat.LastIndex + 1;
                afterRepeat = true;
                sawBlank = sawSpaceOnly = false;
                continue;
            }
            var sub = SectionMarkers.SubHeadingOf(line.Raw);
            if (sub == SectionMarkers.Analys)
            {
                if (last is null) _warn(line.Number, "En analys står i en tabell utan läsbar rad ovanför; den lades i målets text.");
                analysis = last is null ? goalText : new ProseTarget(last.Analysis);
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
                    if (TryReadRow(kind, i, out var row, out var next, out var rowLines) && (strong || LooksLikeRowStart(kind, rowLines)))
                    {
                        last = AddItem(content, row, line.Number);
                        analysis = null;
                        i = next;
                        sawBlank = sawSpaceOnly = afterRepeat = false;
                        continue;
                    }
                    if (IsLastCellOnly(kind, line.Text)) WarnIfRowLike(kind, line);
                }
                AddToAnalysis(analysis, line, newParagraph: !continues && (sawBlank || afterRepeat));
                i++;
                sawBlank = sawSpaceOnly = afterRepeat = false;
                continue;
            }

            if (TryReadRow(kind, i, out var newRow, out var after, out var newRowLines) && (strong || LooksLikeRowStart(kind, newRowLines)))
            {
                last = AddItem(content, newRow, line.Number);
                i = after;
                sawBlank = sawSpaceOnly = afterRepeat = false;
                continue;
            }

            // Text that is no row: a note on the row above in reports (DOMAIN §8.14), prose of the goal otherwise.
            WarnIfRowLike(kind, line);
            if (kind.IsReport() && last is not null)
            {
                AddToAnalysis(new ProseTarget(last.Analysis), line, newParagraph: sawBlank);
            }
            else
            {
                if (sawBlank) goalText.Add(new SourceLine(line.Number, ""));
                goalText.Add(line);
            }
            i++;
            sawBlank = sawSpaceOnly = afterRepeat = false;
        }
        return i;
    }

    private TableItem AddItem(GoalContent content, object row, int line)
    {
        var item = new TableItem(line, row, _vocabulary);
        content.Items.Add(item);
        return item;
    }

    /// <summary>
    /// Collects lines from <paramref name="start"/> (skipping blank lines and repeated headers) until one can end
    /// a row and the collected text parses as one.
    /// </summary>
    private bool TryReadRow(TableKind kind, int start, out object row, out int next, out List<SourceLine> rowLines)
    {
        rowLines = [];
        var headerInside = 0;
        var j = start;
        while (j < _lines.Count && rowLines.Count < MaxRowLines)
        {
            var line = _lines[j];
            if (line.IsBlank)
            {
                j++;
                continue;
            }
            if (IsBoundary(line) || SectionMarkers.SubHeadingOf(line.Raw) is not null) break;
            if (HeaderAt(j) is { } header)
            {
                if (header.Kind != kind || rowLines.Count == 0) break;
                headerInside = line.Number;
                j = header.LastIndex + 1;
                continue;
            }
            rowLines.Add(line);
            j++;
            if (!EndsRow(kind, line.Text)) continue;
            if (ParseRow(kind, rowLines) is not { } parsed)
            {
                // A line holding only the last cell ("2023", "VB 2023", "År") cannot belong to a name: the row is
                // broken, and reading on would swallow the next row.
                if (IsLastCellOnly(kind, line.Text)) break;
                continue;
            }
            if (headerInside > 0) _warn(headerInside, "Ett upprepat tabellhuvud stod mitt i en tabellrad och hoppades över.");
            row = parsed;
            next = j;
            return true;
        }
        row = null!;
        next = start;
        return false;
    }

    private static bool EndsRow(TableKind kind, string text) => kind switch
    {
        TableKind.PlanIndicators => IndicatorRowParser.EndsPlanRow(text),
        TableKind.ReportIndicators => IndicatorRowParser.EndsReportRow(text),
        _ => ActivityRowParser.EndsRow(text),
    };

    private static bool IsLastCellOnly(TableKind kind, string text) => kind switch
    {
        TableKind.PlanIndicators => text is "År" or "Tertial" or "tertial",
        TableKind.ReportIndicators => IndicatorRowParser.IsPeriodOnly(text),
        _ => false,
    };

    private object? ParseRow(TableKind kind, List<SourceLine> rowLines) => kind switch
    {
        TableKind.PlanIndicators => IndicatorRowParser.ParsePlan(LineJoiner.JoinCells(rowLines, _vocabulary)),
        TableKind.ReportIndicators => IndicatorRowParser.ParseReport(LineJoiner.JoinCells(rowLines, _vocabulary)),
        _ => ActivityRowParser.Parse(LineJoiner.JoinText(rowLines, _vocabulary)),
    };

    /// <summary>
    /// Without indentation or a lost status symbol to announce it, a row must read like a name: it starts with a
    /// capital, and no sentence ends inside its text part (which would mean a paragraph glued onto the real row).
    /// </summary>
    private static bool LooksLikeRowStart(TableKind kind, List<SourceLine> rowLines)
    {
        var first = rowLines[0].Text;
        if (first.Length == 0 || char.IsLower(first[0]) || char.IsDigit(first[0])) return false;
        var textLines = kind.IsIndicators()
            ? rowLines.TakeWhile(l => l.Text.Length > 0 && !char.IsDigit(l.Text[0]) && l.Text[0] != '+').ToList()
            : rowLines.Take(rowLines.Count - 1).ToList();
        return textLines.SkipLast(1).All(l => !Continuation.EndsSentence(l.Text));
    }

    private void WarnIfRowLike(TableKind kind, SourceLine line)
    {
        if (EndsRow(kind, line.Text) && !Continuation.EndsSentence(line.Text))
            _warn(line.Number, $"Raden ser ut som slutet på en tabellrad men kunde inte tolkas: \"{line.Text}\".");
    }

    // ---- line classes ----------------------------------------------------------------------------------------

    private TableHeader? HeaderAt(int index)
    {
        if (!_headerChecked[index])
        {
            _headers[index] = TableHeaderDetector.TryMatch(_lines, index);
            _headerChecked[index] = true;
        }
        return _headers[index];
    }

    /// <summary>Lines that end any goal part: headings, labels, the end of the goal part.</summary>
    private static bool IsBoundary(SourceLine line) =>
        GoalHeading.IsHeading(line.Raw) || SectionMarkers.IsEndOfGoals(line.Raw) || SectionMarkers.TryReadLabel(line.Raw, out _);

    /// <summary>Lines that end a title: boundaries, sub-headings and table headers.</summary>
    private bool IsStructure(int index) =>
        IsBoundary(_lines[index]) || SectionMarkers.SubHeadingOf(_lines[index].Raw) is not null || HeaderAt(index) is not null;
}
