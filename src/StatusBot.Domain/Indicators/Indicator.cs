namespace StatusBot.Domain.Indicators;

/// <summary>A measured KPI under a goal, with its targets and its outcomes per period.</summary>
public sealed class Indicator
{
    public Indicator(string id, string name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; }

    /// <summary>Name as in the city's KPI catalogue, one line.</summary>
    public string Name { get; set; }

    /// <summary>The unit of the target or outcome ("%", "st", "GWh"), or null for indexes and bare numbers.</summary>
    public string? Unit { get; set; }

    /// <summary>"Årsmål": the nämnd's target for the year.</summary>
    public TargetValue Target { get; set; } = TargetValue.Empty;

    /// <summary>"KF:s årsmål": the council's target, or a note on who sets it.</summary>
    public TargetValue KfTarget { get; set; } = TargetValue.Empty;

    public Periodicity Periodicity { get; set; } = Periodicity.Ar;

    public Direction Direction { get; set; } = Direction.Unknown;

    /// <summary>True when the indicator is reported split by kön (män/pojkar, kvinnor/flickor).</summary>
    public bool SplitByGender { get; set; }

    public List<IndicatorOutcome> Outcomes { get; } = [];

    public IndicatorOutcome? OutcomeFor(Periods.ReportingPeriod period) =>
        Outcomes.LastOrDefault(o => o.Period == period);

    /// <summary>Due in a period: Tertial indicators every period, År indicators only in the VB.</summary>
    public bool IsDueIn(Periods.ReportingPeriod period) =>
        Periodicity == Periodicity.Tertial || period.Kind == Periods.PeriodKind.VB;
}
