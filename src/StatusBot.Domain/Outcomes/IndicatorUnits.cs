namespace StatusBot.Domain.Outcomes;

/// <summary>What an indicator's unit says about the values it can take.</summary>
public static class IndicatorUnits
{
    private static readonly HashSet<string> Counts = new(StringComparer.OrdinalIgnoreCase) { "st", "st.", "antal", "stycken", "personer", "barn", "elever" };

    /// <summary>A count of things ("st", "antal"): whole, never negative, and a host's number field suits it.</summary>
    public static bool IsCount(string? unit) => unit is not null && Counts.Contains(unit.Trim());

    /// <summary>A share in percent: between 0 and 100.</summary>
    public static bool IsPercent(string? unit) => unit?.Trim() is "%" or "procent";

    /// <summary>True when what the user typed after the number means the indicator's unit ("45 %" for a %).</summary>
    public static bool Matches(string? indicatorUnit, string typedUnit) =>
        indicatorUnit is not null
        && (string.Equals(indicatorUnit.Trim(), typedUnit.Trim(), StringComparison.OrdinalIgnoreCase)
            || (IsPercent(indicatorUnit) && IsPercent(typedUnit))
            || (IsCount(indicatorUnit) && IsCount(typedUnit)));
}
