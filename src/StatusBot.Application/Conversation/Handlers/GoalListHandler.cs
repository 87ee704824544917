using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Goals;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>
/// "Vilka nämndmål finns?", "hur många nämndmål har vi?", "vilka mål har aktiviteter med avvikelse?", "vilka
/// nämndmål saknar aktiviteter?": the goals of a level in the organisation's plan, optionally filtered by their
/// activities. "Mål" without a level lists the whole tree.
/// </summary>
internal static class GoalListHandler
{
    public static Answer Answer(AnswerContext context)
    {
        var q = context.Question;
        var targets = context.Targets();
        if (targets.Count == 0) return context.NothingForYear();
        if (q.Level is null && q.Asks.Activities is null && !q.Asks.Count)
            return GoalTreeHandler.Answer(context);

        var plan = targets[0].Plan;
        var goals = plan.Goals
            .Where(g => q.Level is { } l ? g.Level == l : g.Level != GoalLevel.Enhetsmal)
            .Where(g => NumberLookup.IsWithin(g, q.GoalNumber))
            .Where(g => q.Asks.Activities switch
            {
                ActivityFilter.WithDeviation => g.Activities.Any(a => a.Deviation),
                ActivityFilter.None => g.Activities.Count == 0,
                _ => true,
            })
            .Select(g => new GoalRef(plan, g))
            .ToArray();
        var what = q.Level is { } level ? GoalTreeHandler.Plural(level) : "Mål";
        var filter = q.Asks.Activities switch
        {
            ActivityFilter.WithDeviation => " med aktiviteter som har avvikelse",
            ActivityFilter.None => " utan aktiviteter",
            _ => "",
        };
        var heading = $"{what}{filter} – {plan.Organisation} {plan.Year}";
        return q.Asks.Count ? new CountAnswer(heading, goals.Length, goals, []) : new GoalListAnswer(heading, goals);
    }
}
