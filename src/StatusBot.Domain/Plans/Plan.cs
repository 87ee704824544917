using StatusBot.Domain.Goals;

namespace StatusBot.Domain.Plans;

/// <summary>
/// One imported steering document: a nämnd's or a unit's verksamhetsplan, or a verksamhetsberättelse.
/// Its goals form a tree (inriktningsmål → verksamhetsområdesmål → nämndmål → enhetsmål), stored flat
/// in document order with parent links.
/// </summary>
public sealed class Plan
{
    public Plan(string organisation, int year, DocumentKind document)
    {
        if (string.IsNullOrWhiteSpace(organisation)) throw new ArgumentException("Organisation saknas.", nameof(organisation));
        if (year is < 2000 or > 2100) throw new ArgumentOutOfRangeException(nameof(year), year, "Orimligt år.");
        Organisation = organisation.Trim();
        Year = year;
        Document = document;
        Id = StableId.ForPlan(Organisation, year, document);
    }

    /// <summary>Stable id derived from organisation, year and document kind: re-import updates in place.</summary>
    public string Id { get; }

    /// <summary>The nämnd or unit, e.g. "Hägersten-Älvsjö stadsdelsnämnd".</summary>
    public string Organisation { get; }

    /// <summary>For unit plans: the nämnd the unit belongs to, where the document names it.</summary>
    public string? ParentOrganisation { get; set; }

    public int Year { get; }

    public DocumentKind Document { get; }

    /// <summary>Where the plan came from (file name), for messages and provenance.</summary>
    public string? Source { get; set; }

    /// <summary>Goals in document order.</summary>
    public List<Goal> Goals { get; } = [];

    /// <summary>Anomalies the importer noticed and did not fix silently (e.g. "uppfyllts xxx").</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Table lines the importer could not read (empty unless the plan was imported with its gaps accepted).</summary>
    public List<ImportGap> ImportGaps { get; } = [];

    public Goal? FindByNumber(string number) =>
        Goals.FirstOrDefault(g => g.Number is not null && GoalNumber.Equal(g.Number, number));

    public IEnumerable<Goal> ChildrenOf(Goal goal) => Goals.Where(g => g.ParentId == goal.Id);

    public Goal? ParentOf(Goal goal) => goal.ParentId is null ? null : Goals.FirstOrDefault(g => g.Id == goal.ParentId);

    public IEnumerable<Goal> OfLevel(GoalLevel level) => Goals.Where(g => g.Level == level);

    /// <summary>
    /// A new plan object with the same document and goals except <paramref name="goal"/>, which replaces the goal
    /// with its id. Read models that publish immutable snapshots use it to update one goal without reloading all.
    /// </summary>
    public Plan WithGoalReplaced(Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var at = Goals.FindIndex(g => g.Id == goal.Id);
        if (at < 0) throw new ArgumentException($"The plan has no goal {goal.Id}.", nameof(goal));
        var copy = new Plan(Organisation, Year, Document) { ParentOrganisation = ParentOrganisation, Source = Source };
        copy.Goals.AddRange(Goals);
        copy.Goals[at] = goal;
        copy.Warnings.AddRange(Warnings);
        copy.ImportGaps.AddRange(ImportGaps);
        return copy;
    }
}
