namespace StatusBot.Domain.Indicators;

/// <summary>Which way is good for an indicator. Never a column in the documents: inferred or configured.</summary>
public enum Direction
{
    Unknown,

    /// <summary>Higher is better (most shares and indexes; targets "Ökning", "öka").</summary>
    Higher,

    /// <summary>Lower is better (sick leave, evictions; target "Minskning").</summary>
    Lower,

    /// <summary>Within a band around the target ("+/-1 %").</summary>
    Band,

    /// <summary>At most the target ("Max 10 personer").</summary>
    Max,
}
