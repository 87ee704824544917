using StatusBot.Domain.Assessments;
using StatusBot.Domain.Indicators;

namespace StatusBot.Domain.Outcomes;

/// <summary>What a chief reports for one goal and period. A draft may be incomplete; a submission is validated.</summary>
public sealed record OutcomeContent
{
    /// <summary>At T1 and T2 the forecast for the year; at VB the year's assessment. Null only in drafts.</summary>
    public Bedomning? Bedomning { get; init; }

    public string? Analysis { get; init; }

    public IReadOnlyList<IndicatorValue> Indicators { get; init; } = [];

    public IReadOnlyList<ActivityReport> Activities { get; init; } = [];
}

/// <summary>An indicator's reported outcome for the period: total and, where split by kön, men and women.</summary>
public sealed record IndicatorValue(string IndicatorId, Measurement? Total)
{
    public Measurement? Men { get; init; }

    public Measurement? Women { get; init; }

    public string? Analysis { get; init; }
}

/// <summary>An activity's reported status; an analysis is required for Avvikelse.</summary>
public sealed record ActivityReport(string ActivityId, ActivityStatus Status)
{
    public string? Analysis { get; init; }
}
