using StatusBot.Import.Tables;
using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>
/// A row read from an indicator or activity table, waiting for the "Analys" (and notes) that may follow it before
/// it becomes a domain object.
/// </summary>
internal sealed class TableItem(int line, object row, Vocabulary vocabulary)
{
    public int Line { get; } = line;

    /// <summary><see cref="PlanIndicatorRow"/>, <see cref="ReportIndicatorRow"/> or <see cref="ActivityRow"/>.</summary>
    public object Row { get; } = row;

    /// <summary>The row's "Analys" and any note below it.</summary>
    public ProseTarget Analysis { get; } = new(new ProseBuilder(vocabulary));

    /// <summary>Whether an "Analys" heading followed the row (a second one means a row in between was lost).</summary>
    public bool HasAnalysisHeading { get; set; }
}
