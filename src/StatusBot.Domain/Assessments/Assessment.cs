using StatusBot.Domain.Periods;

namespace StatusBot.Domain.Assessments;

/// <summary>A goal's assessment for one period with its analysis, stored exactly as entered.</summary>
public sealed record Assessment(ReportingPeriod Period, Bedomning Bedomning)
{
    public string? Analysis { get; init; }

    /// <summary>When it was made; for imported reports, null (the document gives no date).</summary>
    public DateTimeOffset? AssessedAt { get; init; }

    /// <summary>Who made it (Entra object id or UPN); null for imported reports.</summary>
    public string? AssessedBy { get; init; }
}
