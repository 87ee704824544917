using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Responsibilities;

/// <summary>
/// One list of responsibilities indexed by person and by goal, built once per list. Every status answer asks who is
/// responsible and whether the asker may report; a city imports thousands of entries, and scanning them all on
/// every message would make answers slower as the organisation grows.
/// </summary>
internal sealed class ResponsibilityLookup
{
    private static readonly StringComparer Keys = StringComparer.OrdinalIgnoreCase;

    // Object ids and UPNs share one map: an entry is found by either, and the two never look alike.
    private readonly Dictionary<string, int[]> _byPerson;
    private readonly Dictionary<(int Year, string Goal), int[]> _byGoal;

    public ResponsibilityLookup(Responsibility[] all)
    {
        All = all;
        var byPerson = new Dictionary<string, List<int>>(Keys);
        var byGoal = new Dictionary<(int, string), List<int>>();
        for (var i = 0; i < all.Length; i++)
        {
            var r = all[i];
            foreach (var key in PersonKeys(r.Person)) Add(byPerson, key, i);
            if (r.Role != ResponsibilityRole.Coordinator && r.GoalNumber is { } goal) Add(byGoal, (r.Year, goal), i);
        }
        _byPerson = byPerson.ToDictionary(p => p.Key, p => p.Value.ToArray(), Keys);
        _byGoal = byGoal.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public Responsibility[] All { get; }

    /// <summary>
    /// Entries matching the asker's object id or UPN, and then every entry naming the same person by the other
    /// key: an administrator who wrote the object id on one line and only the e-mail on the next means one person.
    /// In the list's order.
    /// </summary>
    public IReadOnlyList<Responsibility> GoalsFor(Asker asker)
    {
        var direct = new SortedSet<int>();
        foreach (var key in new[] { asker.UserId, asker.Upn })
            if (Normalise(key) is { } k && _byPerson.TryGetValue(k, out var hits)) direct.UnionWith(hits);
        if (direct.Count == 0) return [];

        var found = new SortedSet<int>(direct);
        foreach (var i in direct)
            foreach (var key in PersonKeys(All[i].Person))
                if (_byPerson.TryGetValue(key, out var same)) found.UnionWith(same);
        return [.. found.Select(i => All[i])];
    }

    /// <summary>The goal's Ansvariga and delegates for the plan's organisation (or its parent) and year.</summary>
    public IReadOnlyList<PersonRef> ResponsibleFor(Plan plan, Goal goal)
    {
        if (goal.Number is null || !_byGoal.TryGetValue((plan.Year, goal.Number), out var hits)) return [];
        return hits.Select(i => All[i])
            .Where(r => Is(r.Organisation, plan.Organisation) || Is(r.Organisation, plan.ParentOrganisation))
            .Select(r => r.Person)
            .Distinct()
            .ToArray();
    }

    private static IEnumerable<string> PersonKeys(PersonRef person)
    {
        if (Normalise(person.AadObjectId) is { } id) yield return id;
        if (Normalise(person.Upn) is { } upn) yield return upn;
    }

    private static string? Normalise(string? key) => string.IsNullOrWhiteSpace(key) ? null : key.Trim();

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int index) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != index) list.Add(index);
    }

    private static bool Is(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
