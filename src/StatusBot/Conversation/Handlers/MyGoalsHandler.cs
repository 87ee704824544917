using StatusBot.Conversation.Answers;
using StatusBot.Conversation.Organisations;
using StatusBot.Conversation.Scoping;
using StatusBot.Conversation.Search;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;

namespace StatusBot.Conversation.Handlers;

/// <summary>"Mina mål": the goals the asker answers for; a coordinator answers for every nämndmål of the year.</summary>
internal static class MyGoalsHandler
{
    internal const string NoneRegistered =
        "Du står inte som ansvarig för något mål än. Be din controller eller nämndsekreterare att registrera dig " +
        "som ansvarig (eller delegat) för dina mål – de läggs in per nämnd, år och målnummer. Du kan alltid fråga " +
        "om ett mål med dess nummer, t.ex. \"hur går nämndmål 3.6.1?\".";

    public static Answer Answer(AnswerContext context)
    {
        var responsibilities = context.Responsibilities.GoalsFor(context.Asker);
        if (responsibilities.Count == 0) return new TextAnswer(NoneRegistered);

        var q = context.Question;
        var goals = new List<GoalRef>();
        foreach (var r in responsibilities.Where(r => q.Period?.Year is not { } y || r.Year == y))
        {
            if (ScopeResolver.MatchOne(r.Organisation, context.Index) is not { } organisation) continue;
            if (context.Scope.Named && !context.Scope.Organisations.Contains(organisation, StringComparer.OrdinalIgnoreCase)) continue;
            goals.AddRange(GoalsOf(context.Index, r, organisation, q.Level));
        }
        var distinct = goals.DistinctBy(g => g.Goal.Id).ToArray();
        if (distinct.Length > 0) return new GoalListAnswer("Dina mål", distinct);

        var listed = string.Join(", ", responsibilities.Select(r => $"{r.GoalNumber ?? "alla mål"} ({r.Organisation} {r.Year})").Distinct());
        return new TextAnswer($"Du står som ansvarig för {listed}, men de målen finns inte bland de inlästa planerna" +
                              (q.Period?.Year is { } year ? $" för {year}" : "") + ".");
    }

    private static IEnumerable<GoalRef> GoalsOf(GoalIndex index, Responsibility r, string organisation, GoalLevel? level)
    {
        if (r.GoalNumber is { } number)
        {
            if (index.Find(organisation, r.Year, DocumentPreference.PreferReport, number) is { } goal) yield return goal;
            yield break;
        }
        // A coordinator (no goal number) covers the whole organisation.
        foreach (var goal in index.OfLevel(organisation, r.Year, DocumentPreference.PreferReport, level ?? GoalLevel.Namndmal))
            yield return goal;
    }
}
