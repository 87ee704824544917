using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>
/// "Vad saknas till T1?": nämndmål without an assessment for the period, and goals with an indicator due in the
/// period (Tertial ones every period, År ones in the VB) that has no outcome. Restricted to the asker's own
/// goals when they have responsibilities there (a coordinator sees everything), and to the goals under a number
/// when one is named ("vilka indikatorer ska jag rapportera i tertial 1 för mål 1.2?").
/// </summary>
internal static class MissingForPeriodHandler
{
    public static Answer Answer(AnswerContext context)
    {
        var targets = context.Targets();
        if (targets.Count == 0) return context.NothingForYear();

        var missing = new List<GoalRef>();
        var periods = new SortedSet<ReportingPeriod>();
        var restricted = false;
        foreach (var target in targets)
        {
            var period = context.PeriodFor(target.Year);
            periods.Add(period);
            var own = context.Ownership.OwnNumbers(context.Asker, target.Plan);
            restricted |= own is not null;
            foreach (var goal in target.Plan.Goals)
            {
                if (own is not null && (goal.Number is null || !own.Contains(goal.Number))) continue;
                if (!NumberLookup.IsWithin(goal, context.Question.GoalNumber)) continue;
                if (IsMissing(goal, period)) missing.Add(new GoalRef(target.Plan, goal));
            }
        }

        var label = string.Join(", ", periods);
        var suffix = (context.Question.GoalNumber is { } under ? $" under {under}" : "") + (restricted ? " – dina mål" : "");
        return missing.Count > 0
            ? new GoalListAnswer($"Saknas till {label}{suffix}", missing)
            : new TextAnswer($"Inget saknas till {label}{suffix}: alla nämndmål har en bedömning och alla indikatorer ett utfall.");
    }

    internal static bool IsMissing(Goal goal, ReportingPeriod period) =>
        (goal.Level == GoalLevel.Namndmal && goal.Assessments.All(a => a.Period != period))
        || goal.Indicators.Any(i => i.IsDueIn(period) && i.OutcomeFor(period) is null);

}
