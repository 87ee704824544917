namespace StatusBot.Domain.People;

public enum ResponsibilityRole
{
    /// <summary>Ansvarig: owns the goal and reports its outcome.</summary>
    Ansvarig,

    /// <summary>A delegate named by the responsible person; may report on their behalf.</summary>
    Delegate,

    /// <summary>The organisation's coordinator (controller, nämndsekreterare): may report for every goal.</summary>
    Coordinator,
}
