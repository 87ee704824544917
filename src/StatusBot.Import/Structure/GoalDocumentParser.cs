using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;
using StatusBot.Import.Accounting;
using StatusBot.Import.Tables;
using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>
/// Reads the goal part of a cleaned document (page furniture already removed) into the plan: from the first goal
/// heading that is not a table-of-contents entry to "Redovisning/Uppföljning av ekonomi" (DOMAIN §2.6). Each goal
/// section holds prose parts under fixed sub-headings, an assessment label (reports) and indicator and activity
/// tables (§2.5); table rows are read by looking ahead to a row's last cell and parsing it from the right.
/// </summary>
internal sealed partial class GoalDocumentParser
{
    private const int MaxTitleLines = 6;

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

    /// <summary>What became of every line inside the tables; settled against the raw source by the caller.</summary>
    public TableLedger Ledger { get; } = new();

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
            // A table row outside any table (its header lost or unrecognised) would otherwise vanish into prose.
            if (RowShape.LooksLikeStrayRow(line.Text)) Ledger.OutsideTable(line);
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
        // Exact wording first, then drifting wording; the fewest lines that hold the whole title win.
        foreach (var approximate in new[] { false, true })
        {
            for (var k = 1; k <= candidates.Count; k++)
            {
                var joined = LineJoiner.JoinText(candidates.Take(k), _vocabulary);
                var known = -1;
                var length = 0;
                var found = approximate
                    ? InriktningsmalTitles.TryMatchApproximately(joined, out known, out length)
                    : InriktningsmalTitles.TryMatchStart(joined, out known, out length);
                if (!found) continue;
                var title = joined[..length].Trim();
                if (approximate)
                    _warn(firstLine.Number, $"Inriktningsmålets titel \"{title}\" avviker från kommunfullmäktiges \"{InriktningsmalTitles.Known[known]}\"; den tryckta titeln används.");
                var rest = joined[length..].Trim();
                return (title, index + k, rest.Length > 0 ? new SourceLine(candidates[k - 1].Number, rest + " ") : null);
            }
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
