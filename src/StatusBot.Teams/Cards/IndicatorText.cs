using StatusBot.Domain.Indicators;

namespace StatusBot.Teams.Cards;

/// <summary>How an indicator's outcomes read on a card: latest value, kön split and the year's trend.</summary>
public static class IndicatorText
{
    public const string NotReported = "Ej rapporterat";

    /// <summary>The most recent outcome that carries a value (total or split).</summary>
    public static IndicatorOutcome? Latest(Indicator indicator) =>
        indicator.Outcomes
            .Where(HasValue)
            .OrderBy(o => o.Period)
            .LastOrDefault();

    /// <summary>"78 %", or "–" when only the split was reported.</summary>
    public static string Total(IndicatorOutcome outcome) => outcome.Total?.Display ?? "–";

    /// <summary>"män 80 %, kvinnor 76 %", or null when the outcome is not split by kön.</summary>
    public static string? Split(IndicatorOutcome outcome)
    {
        var parts = new List<string>(2);
        if (outcome.Men is { } men) parts.Add($"män {men.Display}");
        if (outcome.Women is { } women) parts.Add($"kvinnor {women.Display}");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>"78 % (män 80 %, kvinnor 76 %)".</summary>
    public static string TotalWithSplit(IndicatorOutcome outcome) =>
        Split(outcome) is { } split ? $"{Total(outcome)} ({split})" : Total(outcome);

    /// <summary>
    /// The latest year's totals in period order, "T1 70 % → T2 75 % → VB 78 %"; null with fewer than two
    /// values, where there is no trend to show.
    /// </summary>
    public static string? Trend(Indicator indicator)
    {
        if (Latest(indicator) is not { } latest) return null;
        var points = indicator.Outcomes
            .Where(o => o.Period.Year == latest.Period.Year && o.Total is not null)
            .GroupBy(o => o.Period)
            .Select(g => g.Last())
            .OrderBy(o => o.Period)
            .Select(o => $"{o.Period.Kind} {o.Total!.Display}")
            .ToList();
        return points.Count < 2 ? null : string.Join(" → ", points);
    }

    private static bool HasValue(IndicatorOutcome o) => o.Total is not null || o.Men is not null || o.Women is not null;
}
