namespace StatusBot.Import.Tables;

/// <summary>
/// Reads a fixed number of value cells from the right end of a tokenised row and leaves the rest as the name.
/// Tries the grammar's readings depth-first; the first reading whose name is plausible wins. A name that ends in a
/// bare number is first rejected (it usually means a value cell was read wrong, e.g. "1 300 st" as "1" + "300 st")
/// and only accepted when nothing else fits.
/// </summary>
internal static class RowSolver
{
    public static bool TrySolve(IReadOnlyList<CellToken> tokens, int end, int cellCount, out Cell[] cells, out string name)
    {
        foreach (var strict in new[] { true, false })
        {
            var found = new Cell[cellCount];
            if (Solve(tokens, end, cellCount, found, strict, out var nameEnd))
            {
                cells = found;
                name = CellTokenizer.Join(tokens, 0, nameEnd);
                return true;
            }
        }
        cells = [];
        name = "";
        return false;
    }

    private static bool Solve(IReadOnlyList<CellToken> tokens, int end, int remaining, Cell[] found, bool strict, out int nameEnd)
    {
        if (remaining == 0)
        {
            nameEnd = end;
            return IsPlausibleName(tokens, end, strict);
        }
        foreach (var cell in CellGrammar.Candidates(tokens, end))
        {
            found[remaining - 1] = cell;
            if (Solve(tokens, cell.Start, remaining - 1, found, strict, out nameEnd)) return true;
        }
        nameEnd = 0;
        return false;
    }

    private static bool IsPlausibleName(IReadOnlyList<CellToken> tokens, int end, bool strict)
    {
        var last = end - 1;
        while (last >= 0 && tokens[last].IsGap) last--;
        if (last < 0) return false;
        var hasLetter = false;
        for (var i = 0; i <= last && !hasLetter; i++) hasLetter = tokens[i].Text.Any(char.IsLetter);
        if (!hasLetter) return false;
        return !strict || !(tokens[last].IsBareNumber || tokens[last].Text == "%");
    }
}
