using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;
using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>
/// Finds a goal by number in every organisation in scope, reading a named level sensibly: "nämndmål 3.6" names a
/// verksamhetsområdesmål, so it means the nämndmål under 3.6 (the only one, or the list of them).
/// </summary>
internal static class NumberLookup
{
    /// <summary>A goal found in one organisation, with the goals of the named level under it when that applies.</summary>
    public sealed record Found(Target Target, GoalRef Goal, IReadOnlyList<GoalRef> LevelBelow);

    public static (IReadOnlyList<Found> Found, IReadOnlyList<Target> Missing) Find(AnswerContext context, string number, GoalLevel? level)
    {
        var found = new List<Found>();
        var missing = new List<Target>();
        foreach (var target in context.Targets())
        {
            var goal = context.Index.Find(target.Organisation, target.Year, DocumentPreference.PreferReport, number);
            if (goal is null)
            {
                missing.Add(target);
                continue;
            }
            var below = level is { } l && Depth(l) > GoalNumber.Depth(number)
                ? Descendants(goal.Plan, goal.Goal, l).Select(g => new GoalRef(goal.Plan, g)).ToArray()
                : [];
            found.Add(new Found(target, goal, below));
        }
        return (found, missing);
    }

    /// <summary>The answer for the goals found: one goal, a level's list under it, or a choice between nämnder.</summary>
    public static Answer Answer(AnswerContext context, IReadOnlyList<Found> found, string number, GoalLevel? level)
    {
        if (found.Count > 1)
            return new DidYouMeanAnswer(context.Question.Text,
                $"Mål {number} finns hos flera nämnder. Vilken menar du? Skriv t.ex. \"{number} i {Short(found[0].Target.Organisation)}\".",
                found.Select(f => f.Goal).ToArray());
        var only = found[0];
        return only.LevelBelow.Count switch
        {
            0 => new GoalAnswer(only.Goal.Plan, only.Goal.Goal, context.ScopeFor(only.Goal.Plan)),
            1 => new GoalAnswer(only.Goal.Plan, only.LevelBelow[0].Goal, context.ScopeFor(only.Goal.Plan)),
            _ => new GoalListAnswer(
                $"{level!.Value.DisplayName()} under {only.Goal.Goal.DisplayLabel} ({only.Goal.Plan.Organisation} {only.Goal.Plan.Year})",
                only.LevelBelow),
        };
    }

    /// <summary>"Det finns inget mål 3.6.9" with the nearest existing numbers, per organisation in scope.</summary>
    public static Answer NotFound(AnswerContext context, IReadOnlyList<Target> missing, string number, GoalLevel? level)
    {
        var what = level is { } l ? $"{l.DisplayName().ToLowerInvariant().Replace("kf:s ", "")} {number}" : $"mål {number}";
        var near = missing.SelectMany(t => context.Index.NearestNumbers(t.Plan, number)).ToArray();
        var where = missing.Count == 1 ? $" för {missing[0].Organisation} {missing[0].Year}" : "";
        if (near.Length == 0)
            return new TextAnswer($"Det finns inget {what}{where}. Skriv \"hjälp\" för att se hur du kan fråga.");
        return new DidYouMeanAnswer(context.Question.Text, $"Det finns inget {what}{where}. Menade du något av dessa?", near) { NothingByThatNumber = true };
    }

    /// <summary>True when the goal is the numbered one or lies under it ("3.6.1" is within "3.6"); null means everything.</summary>
    internal static bool IsWithin(Goal goal, string? number) =>
        number is null
        || (goal.Number is { } n && (n == number || n.StartsWith(number + ".", StringComparison.Ordinal)));

    private static IEnumerable<Goal> Descendants(Plan plan, Goal root, GoalLevel level)
    {
        foreach (var child in plan.ChildrenOf(root))
        {
            if (child.Level == level) yield return child;
            else foreach (var deeper in Descendants(plan, child, level)) yield return deeper;
        }
    }

    private static int Depth(GoalLevel level) => level switch
    {
        GoalLevel.Inriktningsmal => 1,
        GoalLevel.Verksamhetsomradesmal => 2,
        GoalLevel.Namndmal => 3,
        _ => 4,
    };

    /// <summary>"Hägersten-Älvsjö stadsdelsnämnd" → "Hägersten-Älvsjö", the part people type.</summary>
    internal static string Short(string organisation)
    {
        const string suffix = " stadsdelsnämnd";
        return organisation.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            ? organisation[..^suffix.Length].TrimEnd('s') // the genitive: "Enskede-Årsta-Vantörs stadsdelsnämnd"
            : organisation;
    }
}
