using StatusBot.Domain.Periods;

namespace StatusBot.Domain.Indicators;

/// <summary>"Utfall" of an indicator for one period: total and, where reported, split by kön.</summary>
public sealed record IndicatorOutcome(ReportingPeriod Period, Measurement? Total)
{
    /// <summary>"Utfall män/pojkar".</summary>
    public Measurement? Men { get; init; }

    /// <summary>"Utfall kvinnor/flickor".</summary>
    public Measurement? Women { get; init; }

    /// <summary>Last year's VB value as printed in the report ("Utfall VB 2022").</summary>
    public Measurement? PreviousYear { get; init; }

    public string? Analysis { get; init; }
}
