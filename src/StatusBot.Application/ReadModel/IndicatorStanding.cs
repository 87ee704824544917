using StatusBot.Domain.Indicators;

namespace StatusBot.Application.ReadModel;

/// <summary>
/// Whether an indicator's latest outcome is behind its target ("ligger efter", "når inte årsmålet"): below a
/// number where higher is better, above it where lower is better, above a maximum, or the wrong way from last
/// year for a target that is only a direction ("Ökning"). Unknown (no outcome, a text target) is not behind.
/// </summary>
public static class IndicatorStanding
{
    public static IndicatorOutcome? Latest(Indicator indicator) =>
        indicator.Outcomes.Where(o => o.Total?.Value is not null).OrderBy(o => o.Period).LastOrDefault();

    public static bool IsBehind(Indicator indicator)
    {
        if (Latest(indicator) is not { Total.Value: { } value } latest) return false;
        var target = indicator.Target.Kind != TargetKind.Empty ? indicator.Target : indicator.KfTarget;
        var direction = indicator.Direction != Direction.Unknown ? indicator.Direction
            : target.Direction ?? Direction.Higher;
        return target.Kind switch
        {
            TargetKind.Number when target.Value is { } t => direction == Direction.Lower ? value > t : value < t,
            TargetKind.Max when target.Value is { } max => value > max,
            TargetKind.Direction when latest.PreviousYear?.Value is { } previous =>
                direction == Direction.Lower ? value > previous : value < previous,
            _ => false,
        };
    }
}
