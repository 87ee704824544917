using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Indicators;

namespace StatusBot.Domain.Goals;

/// <summary>A goal on any level, with what hangs under it in the document.</summary>
public sealed class Goal
{
    public Goal(string id, GoalLevel level, string title)
    {
        Id = id;
        Level = level;
        Title = title;
    }

    /// <summary>Stable id (see <see cref="Plans.StableId"/>).</summary>
    public string Id { get; }

    public GoalLevel Level { get; }

    /// <summary>Canonical display number ("3.6.1"); null for enhetsmål, which are never numbered.</summary>
    public string? Number { get; set; }

    /// <summary>The number exactly as printed ("1.4.1. ", "1.2.1."), or null when it was derived.</summary>
    public string? PrintedNumber { get; set; }

    /// <summary>True when the document printed no number and it was derived from the goal's position.</summary>
    public bool NumberIsDerived { get; set; }

    /// <summary>One line, whitespace normalised, soft hyphenation repaired, source spelling kept.</summary>
    public string Title { get; set; }

    public string? ParentId { get; set; }

    /// <summary>"Beskrivning": how the goal will be reached (plans). Not an assessment.</summary>
    public string? Description { get; set; }

    /// <summary>"Förväntat resultat": the bullet list, one item per entry.</summary>
    public List<string> ExpectedResults { get; } = [];

    /// <summary>Further fixed sub-headings of enhetsmål ("Arbetssätt", "Uppföljning", "Utveckling") → text.</summary>
    public Dictionary<string, string> Sections { get; } = new(StringComparer.Ordinal);

    public List<Indicator> Indicators { get; } = [];

    public List<Activity> Activities { get; } = [];

    /// <summary>Assessments per reporting period, as entered (never derived from children).</summary>
    public List<Assessment> Assessments { get; } = [];

    public Assessment? LatestAssessment =>
        Assessments.OrderByDescending(a => a.Period).ThenByDescending(a => a.AssessedAt).FirstOrDefault();

    public string DisplayLabel => Number is null ? Title : $"{Number} {Title}";
}
