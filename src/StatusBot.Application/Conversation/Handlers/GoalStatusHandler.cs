using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>"Hur går nämndmål 3.6.1?": the goal, or the nearest numbers when it does not exist.</summary>
internal static class GoalStatusHandler
{
    public static Answer Answer(AnswerContext context)
    {
        var number = context.Question.GoalNumber!;
        var level = context.Question.Level;
        if (context.Targets().Count == 0) return context.NothingForYear();
        var (found, missing) = NumberLookup.Find(context, number, level);
        return found.Count > 0
            ? NumberLookup.Answer(context, found, number, level)
            : NumberLookup.NotFound(context, missing, number, level);
    }
}
