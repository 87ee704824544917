using StatusBot.Domain.Indicators;

namespace StatusBot.Import.Tables;

/// <summary>
/// Which way is good, since no document says so (DOMAIN §3.3). From the targets: "Ökning"/"öka" → higher,
/// "Minskning" → lower, "+/-" → band, "Max" → max. Where the targets are plain numbers, a short list of names
/// where less is better by definition (sick leave, evictions, hours of hourly-paid staff, re-referrals) → lower. Everything else stays unknown: guessing "higher" would mislabel a "lower is
/// better" indicator as failing.
/// </summary>
internal static class DirectionInference
{
    private static readonly string[] LowerIsBetter =
    [
        "sjukfrånvaro", "vräkning", "timavlönad", "åter blir föremål",
    ];

    public static Direction Infer(string name, TargetValue target, TargetValue kfTarget)
    {
        foreach (var t in new[] { kfTarget, target })
        {
            switch (t.Kind)
            {
                case TargetKind.Direction when t.Direction is { } d: return d;
                case TargetKind.Band: return Direction.Band;
                case TargetKind.Max: return Direction.Max;
            }
        }
        var lower = name.ToLowerInvariant();
        return LowerIsBetter.Any(lower.Contains) ? Direction.Lower : Direction.Unknown;
    }
}
