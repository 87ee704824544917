using System.Text.RegularExpressions;

namespace StatusBot.Import.Tables;

/// <summary>Parses a joined indicator row from the right with the cell grammar.</summary>
internal static partial class IndicatorRowParser
{
    [GeneratedRegex(@"(?:^|\s)(?:År|Tertial|tertial)$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodicityEnd();

    [GeneratedRegex(@"(?:^|\s)(?:(?:VB|T1|T2)\s+)?(?:19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodEnd();

    [GeneratedRegex(@"^(?:VB|T1|T2)$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodKind();

    [GeneratedRegex(@"^(?:19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>Whether a line can end a plan row (its last word is a periodicity).</summary>
    public static bool EndsPlanRow(string lineText) => PeriodicityEnd().IsMatch(lineText.TrimEnd());

    [GeneratedRegex(@"^(?:(?:VB|T1|T2)\s+)?(?:19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodOnly();

    /// <summary>A line that holds nothing but a report period ("2023", "VB 2023").</summary>
    public static bool IsPeriodOnly(string lineText) => PeriodOnly().IsMatch(lineText.Trim());

    /// <summary>Whether a line can end a report row (its last word is a period, "VB 2023" or "2023").</summary>
    public static bool EndsReportRow(string lineText) => PeriodEnd().IsMatch(lineText.TrimEnd());

    /// <summary>Name, Årsmål, KF:s årsmål (when <paramref name="targetColumns"/> is 2) and Periodicitet.</summary>
    public static PlanIndicatorRow? ParsePlan(string joinedRow, int targetColumns = 2)
    {
        var tokens = CellTokenizer.Tokenize(joinedRow);
        if (tokens.Count < 3 || tokens[^1].IsGap) return null;
        var periodicity = tokens[^1].Text;
        if (periodicity is not ("År" or "Tertial" or "tertial")) return null;
        if (!RowSolver.TrySolve(tokens, tokens.Count - 1, targetColumns, out var cells, out var name)) return null;
        return new PlanIndicatorRow(name, cells[0].Raw, targetColumns > 1 ? cells[1].Raw : "", periodicity);
    }

    /// <summary>
    /// The values part of a plan row alone (no name): periodicity last, then the KF cell read by the grammar, and the
    /// rest — text the grammar does not know — as the Årsmål, verbatim. Null when there is no such rest.
    /// </summary>
    public static PlanIndicatorRow? ParsePlanValuesWithFreeTarget(string joinedValues, int targetColumns = 2)
    {
        var tokens = CellTokenizer.Tokenize(joinedValues);
        if (tokens.Count < 2 || tokens[^1].IsGap || tokens[^1].Text is not ("År" or "Tertial" or "tertial")) return null;
        var end = tokens.Count - 1;
        var kf = "";
        if (targetColumns > 1)
        {
            if (CellGrammar.Candidates(tokens, end).FirstOrDefault() is not { Raw: not null } cell) return null;
            kf = cell.Raw;
            end = cell.Start;
        }
        var target = CellTokenizer.Join(tokens, 0, end);
        if (!target.Any(char.IsLetter)) return null;
        return new PlanIndicatorRow("", target, kf, tokens[^1].Text);
    }

    public static ReportIndicatorRow? ParseReport(string joinedRow)
    {
        var tokens = CellTokenizer.Tokenize(joinedRow);
        if (tokens.Count < 8 || !Year().IsMatch(tokens[^1].Text)) return null;
        var periodStart = tokens.Count - 1;
        if (periodStart > 0 && PeriodKind().IsMatch(tokens[periodStart - 1].Text)) periodStart--;
        var period = CellTokenizer.Join(tokens, periodStart, tokens.Count);
        if (!RowSolver.TrySolve(tokens, periodStart, 6, out var cells, out var name)) return null;
        return new ReportIndicatorRow(name, cells[0].Raw, cells[1].Raw, cells[2].Raw, cells[3].Raw, cells[4].Raw, cells[5].Raw, period);
    }
}
