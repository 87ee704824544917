namespace StatusBot.Domain.Outcomes;

public enum OutcomeState
{
    /// <summary>Saved by one person for later; only they see it.</summary>
    Draft,

    /// <summary>Handed in: shared, part of the goal's history, shown on the status card.</summary>
    Submitted,
}
