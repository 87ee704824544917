using StatusBot.Conversation.Answers;
using StatusBot.Conversation.Scoping;

namespace StatusBot.Conversation.Handlers;

/// <summary>"visa historik för 3.6.1": finds the goal as a status question would; the app reads the history.</summary>
internal static class HistoryHandler
{
    public static Answer Answer(AnswerContext context)
    {
        var q = context.Question;
        if (context.Targets().Count == 0) return context.NothingForYear();
        Answers.Answer found;
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
            return new TextAnswer("Vilket mål vill du se historiken för? Skriv t.ex. \"visa historik för 3.6.1\".");
        }
        return found is GoalAnswer goal ? new OutcomeHistoryAnswer(goal.Plan, goal.Goal) : found;
    }
}
