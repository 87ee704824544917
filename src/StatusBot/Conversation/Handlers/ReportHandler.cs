using StatusBot.Conversation.Answers;
using StatusBot.Conversation.Scoping;
using StatusBot.Domain.Periods;

namespace StatusBot.Conversation.Handlers;

/// <summary>
/// "rapportera 3.6.1 T2": the goal and the period to report for. Without a named period, the one open today
/// (the period whose span ends first on or after today) when the plans cover this year, else the year's VB.
/// </summary>
internal static class ReportHandler
{
    public static Answer Answer(AnswerContext context)
    {
        var q = context.Question;
        if (context.Targets().Count == 0) return context.NothingForYear();

        Answers.Answer? found;
        if (q.GoalNumber is { } number)
        {
            var (hits, missing) = NumberLookup.Find(context, number, q.Level);
            if (hits.Count == 0) return NumberLookup.NotFound(context, missing, number, q.Level);
            found = NumberLookup.Answer(context, hits, number, q.Level);
        }
        else if (q.SearchText is not null || q.OrganisationHint is not null)
        {
            found = GoalSearchHandler.Answer(context);
        }
        else
        {
            return new TextAnswer("Vilket mål vill du rapportera? Skriv t.ex. \"rapportera 3.6.1 T2\".");
        }

        return found is GoalAnswer goal
            ? new ReportRequestAnswer(goal.Plan, goal.Goal, PeriodFor(context, goal.Plan.Year))
            : found; // a choice or a "not found" answers the report request too
    }

    private static ReportingPeriod PeriodFor(AnswerContext context, int planYear)
    {
        var open = ReportingPeriod.Containing(context.Today);
        var kind = context.Question.Period?.Kind ?? (open.Year == planYear ? open.Kind : PeriodKind.VB);
        return new ReportingPeriod(planYear, kind);
    }
}
