using StatusBot.Domain.Periods;

namespace StatusBot.Domain.Outcomes;

/// <summary>
/// One row of a goal's outcome history (append-only): who reported what, when, for which period, and from which
/// version of the form. Submitted entries of a goal and period are numbered 1, 2, 3…; a draft has version 0.
/// </summary>
public sealed record OutcomeEntry(string GoalId, ReportingPeriod Period, OutcomeState State, OutcomeContent Content)
{
    /// <summary>1, 2, 3… for submissions of this goal and period; 0 for drafts.</summary>
    public long Version { get; init; }

    /// <summary>The submitted version the form was built from (0 when nothing was submitted yet).</summary>
    public long BasedOnVersion { get; init; }

    /// <summary>Entra object id (Teams aadObjectId) of the person who saved it.</summary>
    public required string AuthorId { get; init; }

    public string? AuthorName { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The Teams activity id that carried it: a re-delivered invoke with the same id is stored once.</summary>
    public string? SourceActivityId { get; init; }
}
