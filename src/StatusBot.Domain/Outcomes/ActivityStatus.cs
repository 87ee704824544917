namespace StatusBot.Domain.Outcomes;

/// <summary>An activity's status as a chief reports it in the outcome form.</summary>
public enum ActivityStatus
{
    /// <summary>Genomförd.</summary>
    Genomford,

    /// <summary>Pågår.</summary>
    Pagar,

    /// <summary>Ej påbörjad.</summary>
    EjPaborjad,

    /// <summary>Avvikelse: requires an analysis.</summary>
    Avvikelse,
}

public static class ActivityStatuses
{
    public static string Label(this ActivityStatus status) => status switch
    {
        ActivityStatus.Genomford => "Genomförd",
        ActivityStatus.Pagar => "Pågår",
        ActivityStatus.EjPaborjad => "Ej påbörjad",
        ActivityStatus.Avvikelse => "Avvikelse",
        _ => status.ToString(),
    };
}
