using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>
/// "rapportera 3.6.1 T2": the goal and the period to report for. Without a named period, the one open today
/// (the period whose span ends first on or after today) when the plans cover this year, else the year's VB.
/// </summary>
internal static class ReportHandler
{
    public static Answer Answer(AnswerContext context) => NamedGoal.Find(context) switch
    {
        null => new TextAnswer("Vilket mål vill du rapportera? Skriv t.ex. \"rapportera 3.6.1 T2\"."),
        GoalAnswer goal => new ReportRequestAnswer(goal.Plan, goal.Goal, context.PeriodFor(goal.Plan.Year)),
        var other => other, // a choice or a "not found" answers the report request too
    };
}
