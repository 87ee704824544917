using StatusBot.Application.Text;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.ReadModel;

/// <summary>
/// An immutable, in-memory read model over every loaded plan: lookups by organisation, year, document and number,
/// goals by level, nearest numbers for "menade du", and ranked free-text search. Built once per set of plans
/// (replace it when plans change, see <see cref="GoalIndexHolder"/>); every member is safe to call from many
/// threads because nothing is written after construction.
/// </summary>
public sealed class GoalIndex
{
    public static GoalIndex Empty { get; } = new([]);

    private readonly Plan[] _plans;
    private readonly GoalRef[] _entries;
    private readonly int[] _entryPlan;
    private readonly TextIndex _text;
    private readonly Dictionary<(string PlanId, string Number), Goal> _byNumber;
    private readonly Dictionary<string, GoalRef> _byId;
    private readonly Dictionary<string, Plan[]> _plansByOrganisation = new(StringComparer.OrdinalIgnoreCase);

    public GoalIndex(IReadOnlyList<Plan> plans)
    {
        _plans = [.. plans];
        _byNumber = [];
        _byId = new(StringComparer.Ordinal);
        var entries = new List<GoalRef>();
        var entryPlan = new List<int>();
        var builder = new TextIndex.Builder();
        for (var p = 0; p < _plans.Length; p++)
        {
            var plan = _plans[p];
            foreach (var goal in plan.Goals)
            {
                var goalRef = new GoalRef(plan, goal);
                entries.Add(goalRef);
                _byId.TryAdd(goal.Id, goalRef);
                entryPlan.Add(p);
                var entry = builder.NewEntry();
                foreach (var (value, field, source) in SearchTexts(goal)) builder.Add(entry, value, field, source);
                if (CanonicalNumber(goal) is { } canonical) _byNumber.TryAdd((plan.Id, canonical), goal);
            }
        }
        _entries = entries.ToArray();
        _entryPlan = entryPlan.ToArray();
        _text = builder.Build();
        (Organisations, Namnder) = IndexOrganisations();
    }

    /// <summary>
    /// <paramref name="previous"/> with the plan at <paramref name="at"/> replaced by one of the same shape (see
    /// <see cref="SameShape"/>): entry numbers stay, so the text index and the other plans' look-ups are reused.
    /// </summary>
    private GoalIndex(GoalIndex previous, int at, Plan plan)
    {
        var old = previous._plans[at];
        _plans = (Plan[])previous._plans.Clone();
        _plans[at] = plan;
        _entryPlan = previous._entryPlan;
        _text = previous._text;
        _entries = (GoalRef[])previous._entries.Clone();
        _byId = new(previous._byId, StringComparer.Ordinal);
        _byNumber = new(previous._byNumber);
        var first = Array.IndexOf(_entryPlan, at); // a plan's entries are contiguous, in goal order
        for (var g = 0; g < plan.Goals.Count; g++)
        {
            var goal = plan.Goals[g];
            var goalRef = new GoalRef(plan, goal);
            _entries[first + g] = goalRef;
            // Only where the old plan's goal was the one found: the first plan with an id or number wins, as when built.
            if (_byId.TryGetValue(goal.Id, out var was) && ReferenceEquals(was.Plan, old)) _byId[goal.Id] = goalRef;
            if (CanonicalNumber(goal) is { } canonical && _byNumber.TryGetValue((plan.Id, canonical), out var before)
                && ReferenceEquals(before, old.Goals[g]))
                _byNumber[(plan.Id, canonical)] = goal;
        }
        (Organisations, Namnder) = IndexOrganisations();
    }

    private (string[] Organisations, string[] Namnder) IndexOrganisations()
    {
        // A unit plan belongs to its own organisation and to the nämnd above it.
        foreach (var group in _plans
                     .SelectMany(pl => new[] { pl.Organisation, pl.ParentOrganisation }.OfType<string>().Select(o => (Org: o, Plan: pl)))
                     .GroupBy(x => x.Org, StringComparer.OrdinalIgnoreCase))
            _plansByOrganisation[group.Key] = group.Select(x => x.Plan).Distinct().ToArray();
        return (_plansByOrganisation.Keys.Order(StringComparer.Ordinal).ToArray(),
            _plans.Select(pl => pl.ParentOrganisation ?? pl.Organisation).Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.Ordinal).ToArray());
    }

    private static string? CanonicalNumber(Goal goal) => goal.Number is { } n ? GoalNumber.Normalize(n) : null;

    /// <summary>
    /// This index with one plan replaced by a new object with the same id (e.g. a goal's reported outcome applied).
    /// When the plan has the same shape (goals, numbers, parents and searchable texts), only that plan's entries
    /// change, which makes this cheap enough to run after every submission; otherwise everything is rebuilt.
    /// </summary>
    public GoalIndex WithPlanReplaced(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var at = Array.FindIndex(_plans, p => p.Id == plan.Id);
        if (at < 0) return new GoalIndex([.. _plans, plan]);
        if (SameShape(_plans[at], plan) && SameOrganisations(_plans[at], plan)) return new GoalIndex(this, at, plan);
        var plans = (Plan[])_plans.Clone();
        plans[at] = plan;
        return new GoalIndex(plans);
    }

    private static bool SameOrganisations(Plan a, Plan b) => a.Organisation == b.Organisation && a.ParentOrganisation == b.ParentOrganisation;

    private static bool SameShape(Plan a, Plan b) =>
        a.Goals.Count == b.Goals.Count
        && a.Goals.Zip(b.Goals).All(pair => pair.First.Id == pair.Second.Id && pair.First.Number == pair.Second.Number
                                            && pair.First.ParentId == pair.Second.ParentId
                                            && SearchTexts(pair.First).SequenceEqual(SearchTexts(pair.Second)));

    /// <summary>What search finds a goal by; the text index and the check above must agree on it.</summary>
    private static IEnumerable<(string? Text, MatchField Field, string? Source)> SearchTexts(Goal goal)
    {
        yield return (goal.Title, MatchField.Title, null);
        foreach (var indicator in goal.Indicators) yield return (indicator.Name, MatchField.Indicator, indicator.Name);
        foreach (var activity in goal.Activities) yield return (activity.Title, MatchField.Activity, activity.Title);
        yield return (goal.Description, MatchField.Description, null);
        foreach (var result in goal.ExpectedResults) yield return (result, MatchField.Description, null);
        foreach (var section in goal.Sections.Values) yield return (section, MatchField.Description, null);
    }

    public IReadOnlyList<Plan> Plans => _plans;

    /// <summary>A goal by its stable id (card actions carry ids, not numbers), or null when it is gone.</summary>
    public GoalRef? FindById(string goalId) => _byId.GetValueOrDefault(goalId);

    public bool IsEmpty => Plans.Count == 0;

    public int GoalCount => _entries.Length;

    /// <summary>Distinct search terms (stems), for diagnostics and benchmarks.</summary>
    public int TermCount => _text.TermCount;

    /// <summary>Every organisation a plan names, nämnder and units alike.</summary>
    public IReadOnlyList<string> Organisations { get; }

    /// <summary>The nämnder: each plan's ParentOrganisation, or its Organisation when it has none.</summary>
    public IReadOnlyList<string> Namnder { get; }

    /// <summary>The organisation's own plans and those of its units.</summary>
    public IReadOnlyList<Plan> PlansOf(string organisation) =>
        _plansByOrganisation.TryGetValue(organisation, out var plans) ? plans : [];

    /// <summary>Years with a plan for the organisation, newest first.</summary>
    public IReadOnlyList<int> YearsOf(string organisation) =>
        PlansOf(organisation).Select(p => p.Year).Distinct().OrderDescending().ToArray();

    public int? NewestYear(string organisation) => YearsOf(organisation) is [var newest, ..] ? newest : null;

    /// <summary>
    /// The plans to read for an organisation and year, most relevant first: its own documents in the preferred
    /// order, then its units' documents.
    /// </summary>
    public IReadOnlyList<Plan> PlansFor(string organisation, int year, DocumentPreference preference)
    {
        var preferred = preference == DocumentPreference.PreferReport ? DocumentKind.Verksamhetsberattelse : DocumentKind.Verksamhetsplan;
        return PlansOf(organisation)
            .Where(p => p.Year == year)
            .OrderBy(p => string.Equals(p.Organisation, organisation, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(p => p.Document == preferred ? 0 : 1)
            .ThenBy(p => p.Organisation, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The single document to read for the organisation's own goals that year, or null.</summary>
    public Plan? PreferredPlan(string organisation, int year, DocumentPreference preference) =>
        PlansFor(organisation, year, preference).FirstOrDefault(p => string.Equals(p.Organisation, organisation, StringComparison.OrdinalIgnoreCase))
        ?? PlansFor(organisation, year, preference).FirstOrDefault();

    /// <summary>The goal with this number in the organisation's preferred document of the year (then its units').</summary>
    public GoalRef? Find(string organisation, int year, DocumentPreference preference, string number)
    {
        if (GoalNumber.Normalize(number) is not { } canonical) return null;
        var own = PreferredPlan(organisation, year, preference);
        if (own is not null && Find(own, canonical) is { } hit) return hit;
        foreach (var plan in PlansFor(organisation, year, preference))
            if (plan != own && Find(plan, canonical) is { } other) return other;
        return null;
    }

    public GoalRef? Find(Plan plan, string number) =>
        GoalNumber.Normalize(number) is { } canonical && _byNumber.TryGetValue((plan.Id, canonical), out var goal)
            ? new GoalRef(plan, goal)
            : null;

    /// <summary>Goals of one level in the organisation's preferred document of the year, in document order.</summary>
    public IReadOnlyList<GoalRef> OfLevel(string organisation, int year, DocumentPreference preference, GoalLevel level) =>
        PreferredPlan(organisation, year, preference) is { } plan ? OfLevel(plan, level) : [];

    public static IReadOnlyList<GoalRef> OfLevel(Plan plan, GoalLevel level) =>
        plan.OfLevel(level).Select(g => new GoalRef(plan, g)).ToArray();

    /// <summary>
    /// Ranked free-text search over titles, indicator and activity names and descriptions, restricted to the
    /// plans <paramref name="includePlan"/> accepts (all when null). Best first; ties keep document order.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string text, Func<Plan, bool>? includePlan = null, int max = 10)
    {
        var words = QueryWords(text);
        if (words.Count == 0 || _entries.Length == 0) return [];
        var allowedPlans = Plans.Select(p => includePlan?.Invoke(p) ?? true).ToArray();
        var scored = _text.Search(words, entry => allowedPlans[_entryPlan[entry]]);
        return TopHits(scored, max)
            .Select(s => new SearchHit(_entries[s.Entry], s.Score, s.Best.Field, s.Best.Source))
            .ToArray();
    }

    /// <summary>The words a search looks for: stop words dropped, compounds and curated phrases split into their parts.</summary>
    public List<string> QueryWords(string text)
    {
        var words = TextIndex.QueryWords(text);
        for (var i = words.Count - 1; i >= 0; i--)
            if ((SearchSynonyms.Expand(words[i]) ?? _text.Decompound(words[i])) is { } parts)
            {
                words.RemoveAt(i);
                words.InsertRange(i, parts.Where(p => !StopWords.Contains(p)));
            }
        return words;
    }

    /// <summary>The best <paramref name="max"/> by score, then field, then document order, without sorting them all.</summary>
    private static IEnumerable<(int Entry, float Score, TextIndex.Posting Best)> TopHits(
        List<(int Entry, float Score, TextIndex.Posting Best)> scored, int max)
    {
        var order = Comparer<(int Entry, float Score, TextIndex.Posting Best)>.Create((a, b) =>
            a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : a.Best.Field != b.Best.Field ? a.Best.Field.CompareTo(b.Best.Field)
            : a.Entry.CompareTo(b.Entry));
        if (scored.Count <= max * 4)
        {
            scored.Sort(order);
            return scored.Take(max);
        }
        // Keep a heap of the best max seen so far; its root is the worst of them.
        var heap = new PriorityQueue<(int, float, TextIndex.Posting), (int, float, TextIndex.Posting)>(
            Comparer<(int Entry, float Score, TextIndex.Posting Best)>.Create((a, b) => order.Compare(b, a)));
        foreach (var s in scored)
        {
            if (heap.Count < max) heap.Enqueue(s, s);
            else if (order.Compare(s, heap.Peek()) < 0) heap.EnqueueDequeue(s, s);
        }
        var top = new List<(int Entry, float Score, TextIndex.Posting Best)>(heap.Count);
        while (heap.Count > 0) top.Add(heap.Dequeue());
        top.Sort(order);
        return top;
    }

    /// <summary>
    /// For a number that does not exist: the existing goals closest to it in the tree. "3.6.9" gives 3.6.1,
    /// 3.6.2 … and 3.6 itself; when the parent is missing too, its own siblings and parent, and so on up.
    /// </summary>
    public IReadOnlyList<GoalRef> NearestNumbers(Plan plan, string number, int max = 8)
    {
        if (GoalNumber.Normalize(number) is not { } canonical) return [];
        var numbered = plan.Goals.Where(g => g.Number is not null).ToArray();
        var ancestor = GoalNumber.ParentOf(canonical);
        while (true)
        {
            var level = ancestor;
            var siblings = numbered
                .Where(g => GoalNumber.ParentOf(g.Number!) == level)
                .OrderBy(g => g.Number, Comparer<string?>.Create(GoalNumber.Compare))
                .Select(g => new GoalRef(plan, g))
                .ToList();
            var parent = level is null ? null : Find(plan, level);
            if (siblings.Count > 0 || parent is not null)
            {
                var near = siblings.Take(parent is null ? max : max - 1).ToList();
                if (parent is not null) near.Add(parent);
                return near;
            }
            if (level is null) return [];
            ancestor = GoalNumber.ParentOf(level);
        }
    }
}
