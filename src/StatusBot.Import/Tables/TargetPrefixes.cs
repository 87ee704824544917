namespace StatusBot.Import.Tables;

/// <summary>
/// What a target cell may print before its number: a bound ("Max 10 personer", "Högst 5 %", "Mer än 80 %"), a band
/// ("+/- 1 %") or the first end of a range ("10–20 dagar", "10 - 20 %", "Mellan 3 och 7 st"). The words are a cell's
/// only when capitalised (a name may well say "minst 5 ämnen"), except the abbreviations that never start a name.
/// </summary>
internal static class TargetPrefixes
{
    private static readonly HashSet<string> Capitalised = new(StringComparer.Ordinal)
    {
        "Högst", "Minst", "Lägst", "Min", "Min.", "Under", "Över", "Cirka", "Ca", "Ca.", "Omkring", "Runt",
    };

    private static readonly HashSet<string> AnyCase = new(StringComparer.OrdinalIgnoreCase) { "max", "max.", "+/-", "±" };

    /// <summary>First words of two-word bounds ending in "än" or "till": "Mer än", "Färre än", "Upp till".</summary>
    private static readonly HashSet<string> BeforeAn = new(StringComparer.Ordinal)
    {
        "Mer", "Mindre", "Fler", "Färre", "Högre", "Lägre", "Större", "Upp",
    };

    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal) { "–", "-", "till" };

    /// <summary>The start of the cell whose number starts at <paramref name="start"/>, with any range and bound before it.</summary>
    public static int ExtendLeft(IReadOnlyList<CellToken> tokens, int start)
    {
        var s = start;
        bool Word(int i, Func<string, bool> test) => i >= 0 && !tokens[i].IsGap && test(tokens[i].Text);

        if (Word(s - 1, RangeWords.Contains) && Word(s - 2, _ => tokens[s - 2].IsNumber)) s -= 2;
        else if (Word(s - 1, t => t == "och") && Word(s - 2, _ => tokens[s - 2].IsNumber)
                 && Word(s - 3, t => t.Equals("mellan", StringComparison.OrdinalIgnoreCase))) s -= 3;

        if (Word(s - 1, t => Capitalised.Contains(t) || AnyCase.Contains(t))) s--;
        else if (Word(s - 1, t => t is "än" or "till") && Word(s - 2, BeforeAn.Contains)) s -= 2;
        return s;
    }
}
