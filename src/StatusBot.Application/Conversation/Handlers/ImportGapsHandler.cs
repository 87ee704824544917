using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>"Saknas något i importen?", "vad fattas i den importerade planen för Hägersten?": the import's notes per plan.</summary>
internal static class ImportGapsHandler
{
    public static Answer Answer(AnswerContext context)
    {
        var targets = context.Targets();
        return targets.Count == 0 ? context.NothingForYear() : new ImportGapsAnswer([.. targets.Select(t => t.Plan)]);
    }
}
