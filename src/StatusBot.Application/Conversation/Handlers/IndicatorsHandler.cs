using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Indicators;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>
/// "Indikatorer för 3.6", "vilka indikatorer mäts per tertial?", "vilka ligger efter?", "hur många indikatorer har
/// 1.3?": the indicators hung on the goal named (not those of the goals under it), else all of the plan's, filtered
/// by periodicity and by standing against target; counted when asked "hur många".
/// </summary>
internal static class IndicatorsHandler
{
    public static Answer Answer(AnswerContext context)
    {
        var q = context.Question;
        var targets = context.Targets();
        if (targets.Count == 0) return context.NothingForYear();

        GoalRef? focus = null;
        if (q.GoalNumber is { } number)
        {
            var (found, missing) = NumberLookup.Find(context, number, null);
            if (found.Count == 0) return NumberLookup.NotFound(context, missing, number, null);
            focus = found[0].Goal;
        }
        else if (q.SearchText is not null && GoalSearchHandler.Search(context, q.SearchText) is [var best, ..])
        {
            focus = best.Goal;
        }

        var plan = focus?.Plan ?? targets[0].Plan;
        var indicators = (focus is not null ? [focus.Goal] : plan.Goals)
            .SelectMany(g => g.Indicators.Select(i => new IndicatorRef(plan, g, i)))
            .Where(r => q.Asks.Periodicity is not { } p || r.Indicator.Periodicity == p)
            .Where(r => !q.Asks.BehindTarget || IndicatorStanding.IsBehind(r.Indicator))
            .ToArray();
        var heading = Heading(context, focus, plan);
        return q.Asks.Count
            ? new CountAnswer(heading, indicators.Length, [], indicators) { Focus = focus }
            : new IndicatorListAnswer(heading, indicators) { Focus = focus };
    }

    private static string Heading(AnswerContext context, GoalRef? focus, Domain.Plans.Plan plan)
    {
        var asks = context.Question.Asks;
        var which = asks.Periodicity switch
        {
            Periodicity.Tertial => " som mäts per tertial",
            Periodicity.Ar => " som mäts en gång om året",
            _ => "",
        };
        var behind = asks.BehindTarget ? " som ligger efter årsmålet" : "";
        var whose = focus is not null ? $" för {focus.Goal.DisplayLabel}" : "";
        return $"Indikatorer{whose}{which}{behind} – {plan.Organisation} {plan.Year}";
    }
}
