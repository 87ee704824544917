namespace StatusBot.Domain.Activities;

/// <summary>"Aktivitet": a planned action with start and end date; in reports also "Avvikelse" and "Analys".</summary>
public sealed class Activity
{
    public Activity(string id, string title)
    {
        Id = id;
        Title = title;
    }

    public string Id { get; }

    public string Title { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    /// <summary>True when the report flags "Avvikelse" for this activity.</summary>
    public bool Deviation { get; set; }

    public string? Analysis { get; set; }

    /// <summary>True for a council assignment (KF-uppdrag) directly under a verksamhetsområdesmål.</summary>
    public bool IsCouncilAssignment { get; set; }
}
