using StatusBot.Domain.Plans;
using StatusBot.Import.Text;

namespace StatusBot.Import.Accounting;

/// <summary>
/// Collects, while the tables are read, which source lines each table spans and what became of them, and settles
/// the account against the raw source: page furniture the cleaner removed is layout, every other line that was
/// neither read into a row nor marked as layout is unclear — whether or not the reader noticed it.
/// </summary>
internal sealed class TableLedger
{
    private readonly Dictionary<int, (TableLineUse Use, string? Reason)> _uses = [];
    private readonly List<(int First, int Last)> _spans = [];
    private int? _openFirst;

    /// <summary>Every row read, in document order, with the source lines it was read from (for tests that re-lay rows out).</summary>
    public List<TableRowSource> Rows { get; } = [];

    public void Open(int firstLine) => _openFirst = firstLine;

    public void Close(int lastLine)
    {
        if (_openFirst is { } first && lastLine >= first) _spans.Add((first, lastLine));
        _openFirst = null;
    }

    public void Row(SourceLine line) => Mark(line, TableLineUse.Row, null);

    /// <summary>A line shaped like a table row in the prose of a goal: counted with the tables, as unclear.</summary>
    public void OutsideTable(SourceLine line)
    {
        _spans.Add((line.Number, line.Number));
        Unclear(line, "ser ut som en tabellrad men står utanför tabellerna");
    }

    public void RowRead(object row, IEnumerable<SourceLine> lines) => Rows.Add(new TableRowSource(row, [.. lines.Select(l => l.Number)]));

    public void Layout(SourceLine line) => Mark(line, TableLineUse.Layout, null);

    public void Unclear(SourceLine line, string reason) => Mark(line, TableLineUse.Unclear, reason);

    private void Mark(SourceLine line, TableLineUse use, string? reason)
    {
        if (line.IsBlank) return;
        // A line two rows claim is an error of the reader, never a silent success.
        if (_uses.TryGetValue(line.Number, out var earlier) && earlier.Use == TableLineUse.Row && use == TableLineUse.Row)
            _uses[line.Number] = (TableLineUse.Unclear, "lästes in i två rader");
        else
            _uses[line.Number] = (use, reason);
    }

    public TableLineAccount Settle(IReadOnlyList<SourceLine> raw)
    {
        var byNumber = raw.ToDictionary(l => l.Number);
        var counted = new HashSet<int>();
        int lines = 0, imported = 0, layout = 0;
        var unclear = new List<ImportGap>();
        foreach (var (first, last) in _spans)
        {
            for (var n = first; n <= last; n++)
            {
                if (!byNumber.TryGetValue(n, out var line) || line.IsBlank || !counted.Add(n)) continue;
                lines++;
                if (!_uses.TryGetValue(n, out var use))
                {
                    if (PageFurniture.IsFurniture(line.Raw)) layout++;
                    else unclear.Add(new ImportGap(n, line.Text, "ingen tabellrad tog med raden"));
                    continue;
                }
                switch (use.Use)
                {
                    case TableLineUse.Row: imported++; break;
                    case TableLineUse.Layout: layout++; break;
                    default: unclear.Add(new ImportGap(n, line.Text, use.Reason ?? "kunde inte tolkas")); break;
                }
            }
        }
        return new TableLineAccount(lines, imported, layout, unclear);
    }
}

/// <summary>A parsed row (<c>PlanIndicatorRow</c>, <c>ReportIndicatorRow</c>, <c>ActivityRow</c>) and the numbers of its lines.</summary>
internal sealed record TableRowSource(object Row, int[] LineNumbers);
