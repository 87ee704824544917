using StatusBot.Import.Tables;
using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>Plan rows whose Årsmål is free text that no value grammar knows ("Bättre än riket").</summary>
internal sealed partial class GoalDocumentParser
{
    /// <summary>
    /// Where the grammar finds no reading, a wrapped plan row's layout still tells name from values: the values stand
    /// after a blank line. Read from there, the periodicity and a KF cell the grammar knows end the row, and whatever
    /// remains is the Årsmål, kept verbatim. Tried from the last group of lines backwards, so no name line is taken.
    /// </summary>
    private PlanIndicatorRow? ParseWithFreeTextTarget(TableHeader table, List<SourceLine> rowLines, List<int> groupStarts)
    {
        if (table.Kind != TableKind.PlanIndicators) return null;
        for (var k = groupStarts.Count - 1; k >= 0; k--)
        {
            var g = groupStarts[k];
            var name = LineJoiner.JoinText(rowLines.GetRange(0, g), _vocabulary);
            var values = IndicatorRowParser.ParsePlanValuesWithFreeTarget(
                LineJoiner.JoinCells(rowLines.GetRange(g, rowLines.Count - g), _vocabulary), table.TargetColumns);
            if (values is { } v && name.Any(char.IsLetter)) return v with { Name = name };
        }
        return null;
    }
}
