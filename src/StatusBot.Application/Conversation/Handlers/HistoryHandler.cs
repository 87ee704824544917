using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>"visa historik för 3.6.1": finds the goal as a status question would; the app reads the history.</summary>
internal static class HistoryHandler
{
    public static Answer Answer(AnswerContext context) => NamedGoal.Find(context) switch
    {
        null => new TextAnswer("Vilket mål vill du se historiken för? Skriv t.ex. \"visa historik för 3.6.1\"."),
        GoalAnswer goal => new OutcomeHistoryAnswer(goal.Plan, goal.Goal),
        var other => other, // nothing that year, not found, or a choice
    };
}
