namespace StatusBot.Domain.Periods;

/// <summary>The three follow-up points of a year. Tertials are cumulative from 1 January.</summary>
public enum PeriodKind
{
    /// <summary>Tertialrapport 1: January–April.</summary>
    T1 = 1,

    /// <summary>Tertialrapport 2: January–August.</summary>
    T2 = 2,

    /// <summary>Verksamhetsberättelse: the full year.</summary>
    VB = 3,
}
