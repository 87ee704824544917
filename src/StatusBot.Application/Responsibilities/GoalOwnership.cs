using StatusBot.Application.ReadModel;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Responsibilities;

/// <summary>
/// The one rule for "which goals does this person answer for, in this organisation and year": used for "mina mål",
/// for who may report, for what is missing and for whose reminders a coordinator sees. Organisations are compared
/// with <see cref="OrganisationName.Same"/> (exact, normalised), never fuzzily, because the answer grants rights.
/// </summary>
public sealed class GoalOwnership(IResponsibilityDirectory directory)
{
    public IResponsibilityDirectory Directory { get; } = directory;

    /// <summary>The asker's responsibilities for a plan: its organisation (or the nämnd above a unit) and its year.</summary>
    public IReadOnlyList<Responsibility> For(Asker asker, Plan plan) =>
        [.. Directory.GoalsFor(asker).Where(r => r.Year == plan.Year && Covers(r.Organisation, plan))];

    /// <summary>May the asker report this goal: its Ansvarig, a delegate, or a coordinator of the organisation.</summary>
    public bool MayReport(Asker asker, Plan plan, Goal goal) =>
        For(asker, plan).Any(r => r.Role == ResponsibilityRole.Coordinator || (goal.Number is not null && r.GoalNumber == goal.Number));

    /// <summary>The goal numbers the asker answers for in the plan; null when they cover all of it (a coordinator).</summary>
    public IReadOnlySet<string>? OwnNumbers(Asker asker, Plan plan)
    {
        var here = For(asker, plan);
        if (here.Count == 0 || here.Any(r => r.Role == ResponsibilityRole.Coordinator || r.GoalNumber is null)) return null;
        return here.Select(r => r.GoalNumber!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when the asker has any responsibility in the plan's organisation and year.</summary>
    public bool HasAny(Asker asker, Plan plan) => For(asker, plan).Count > 0;

    /// <summary>The loaded organisation a responsibility names, or null when none is loaded under that name.</summary>
    public static string? LoadedOrganisation(string configured, GoalIndex index) =>
        index.Organisations.FirstOrDefault(o => OrganisationName.Same(o, configured));

    /// <summary>The organisations the asker coordinates, narrowed to the one they named (same comparison), if any.</summary>
    public IReadOnlyList<string> CoordinatedBy(Asker asker, string? named)
    {
        var all = Directory.GoalsFor(asker)
            .Where(r => r.Role == ResponsibilityRole.Coordinator)
            .Select(r => r.Organisation)
            .DistinctBy(OrganisationName.Normalise)
            .ToArray();
        return string.IsNullOrWhiteSpace(named) ? all : [.. all.Where(o => OrganisationName.Same(o, named))];
    }

    /// <summary>The asker's goals in the index, by role: what they are Ansvarig/delegate for, and what they coordinate.</summary>
    public OwnGoals GoalsOf(Asker asker, GoalIndex index, int? year, GoalLevel? level, IReadOnlyCollection<string>? organisations = null)
    {
        var own = new List<GoalRef>();
        var coordinated = new List<GoalRef>();
        foreach (var r in Directory.GoalsFor(asker).Where(r => year is not { } y || r.Year == y))
        {
            if (LoadedOrganisation(r.Organisation, index) is not { } organisation) continue;
            if (organisations is not null && !organisations.Contains(organisation, StringComparer.OrdinalIgnoreCase)) continue;
            if (r.GoalNumber is { } number && r.Role != ResponsibilityRole.Coordinator)
            {
                if (index.Find(organisation, r.Year, DocumentPreference.PreferReport, number) is { } goal) own.Add(goal);
            }
            else
            {
                coordinated.AddRange(index.OfLevel(organisation, r.Year, DocumentPreference.PreferReport, level ?? GoalLevel.Namndmal));
            }
        }
        var ownGoals = own.DistinctBy(g => g.Goal.Id).ToArray();
        var ownIds = ownGoals.Select(g => g.Goal.Id).ToHashSet(StringComparer.Ordinal);
        return new OwnGoals(ownGoals, [.. coordinated.DistinctBy(g => g.Goal.Id).Where(g => !ownIds.Contains(g.Goal.Id))]);
    }

    /// <summary>True when a responsibility in <paramref name="organisation"/> reaches the plan: its own organisation, or the nämnd above a unit.</summary>
    public static bool Covers(string organisation, Plan plan) =>
        OrganisationName.Same(organisation, plan.Organisation) || OrganisationName.Same(organisation, plan.ParentOrganisation);
}

/// <summary>The goals a person answers for (Ansvarig or delegate) and, apart, those they only coordinate.</summary>
public sealed record OwnGoals(IReadOnlyList<GoalRef> Responsible, IReadOnlyList<GoalRef> Coordinated)
{
    public bool IsEmpty => Responsible.Count == 0 && Coordinated.Count == 0;
}
