using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>
/// "Mål under inriktningsmål 3", "vad hör 3.6.1 till?", "visa målträdet": the goals under a goal (those of a named
/// deeper level, else its children), the goals above it, or the whole tree; counted when asked "hur många".
/// </summary>
internal static class GoalTreeHandler
{
    public static Answer Answer(AnswerContext context)
    {
        var q = context.Question;
        var targets = context.Targets();
        if (targets.Count == 0) return context.NothingForYear();
        var direction = q.Asks.Tree ?? TreeDirection.Whole;
        if (q.GoalNumber is null || direction == TreeDirection.Whole)
        {
            var plan = targets[0].Plan;
            var all = plan.Goals.Where(g => g.Number is not null || g.Level == GoalLevel.Enhetsmal)
                .Select(g => new GoalRef(plan, g)).ToArray();
            return Finish(context, $"Målträdet – {plan.Organisation} {plan.Year}", null, TreeDirection.Whole, all);
        }

        var (found, missing) = NumberLookup.Find(context, q.GoalNumber, null);
        if (found.Count == 0) return NumberLookup.NotFound(context, missing, q.GoalNumber, null);
        var focus = found[0].Goal;
        if (direction == TreeDirection.Parents)
            return Finish(context, $"{focus.Goal.DisplayLabel} hör till", focus, direction,
                Ancestors(focus).Where(a => q.Level is not { } named || a.Goal.Level == named || !Ancestors(focus).Any(x => x.Goal.Level == named)).ToArray());
        var rows = Below(focus, q.Level).ToArray();
        var what = q.Level is { } l && Depth(l) > GoalNumber.Depth(q.GoalNumber) ? Plural(l) : "Mål";
        return Finish(context, $"{what} under {focus.Goal.DisplayLabel} ({focus.Plan.Organisation} {focus.Plan.Year})", focus, direction, rows);
    }

    private static Answer Finish(AnswerContext context, string heading, GoalRef? focus, TreeDirection direction, IReadOnlyList<GoalRef> rows) =>
        context.Question.Asks.Count
            ? new CountAnswer(heading, rows.Count, rows, []) { Focus = focus }
            : new GoalTreeAnswer(heading, focus, direction, rows);

    /// <summary>The goals of the named deeper level under the focus, else its children.</summary>
    internal static IEnumerable<GoalRef> Below(GoalRef focus, GoalLevel? level)
    {
        var plan = focus.Plan;
        if (level is { } l && focus.Goal.Number is { } n && Depth(l) > GoalNumber.Depth(n) + 1)
            return Descendants(plan, focus.Goal).Where(g => g.Level == l).Select(g => new GoalRef(plan, g));
        return plan.ChildrenOf(focus.Goal).Select(g => new GoalRef(plan, g));
    }

    internal static IEnumerable<GoalRef> Ancestors(GoalRef goal)
    {
        for (var parent = goal.Plan.ParentOf(goal.Goal); parent is not null; parent = goal.Plan.ParentOf(parent))
            yield return new GoalRef(goal.Plan, parent);
    }

    private static IEnumerable<Goal> Descendants(Plan plan, Goal root)
    {
        foreach (var child in plan.ChildrenOf(root))
        {
            yield return child;
            foreach (var deeper in Descendants(plan, child)) yield return deeper;
        }
    }

    internal static int Depth(GoalLevel level) => level switch
    {
        GoalLevel.Inriktningsmal => 1,
        GoalLevel.Verksamhetsomradesmal => 2,
        GoalLevel.Namndmal => 3,
        _ => 4,
    };

    internal static string Plural(GoalLevel level) => level switch
    {
        GoalLevel.Inriktningsmal => "Inriktningsmål",
        GoalLevel.Verksamhetsomradesmal => "Verksamhetsområdesmål",
        GoalLevel.Namndmal => "Nämndmål",
        _ => "Enhetsmål",
    };
}
