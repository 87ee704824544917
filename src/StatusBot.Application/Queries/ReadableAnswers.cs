using StatusBot.Application.Conversation.Answers;

namespace StatusBot.Application.Queries;

/// <summary>
/// Narrows a chat answer to the goals the caller may read: the chat lets everybody in the tenant read, the MCP
/// tools only organisations the caller has a role in. Applied to every answer as the last step, so a scope that
/// spanned several nämnder can never leak another nämnd's goal.
/// </summary>
internal static class ReadableAnswers
{
    internal const string NothingReadable =
        "Jag hittar inget sådant mål i de nämnder där du har en roll (ansvarig, delegat eller samordnare).";

    public static Answer Narrow(Answer answer, Asker asker, ReadAccess access) => answer switch
    {
        GoalAnswer goal => access.MayRead(asker, goal.Plan) ? goal : new TextAnswer(NothingReadable),
        OutcomeHistoryAnswer history => access.MayRead(asker, history.Plan) ? history : new TextAnswer(NothingReadable),
        ReportRequestAnswer report => access.MayRead(asker, report.Plan) ? report : new TextAnswer(NothingReadable),
        GoalListAnswer list => list.Goals.Where(g => access.MayRead(asker, g)).ToArray() is { Length: > 0 } goals
            ? list with { Goals = goals }
            : new TextAnswer(NothingReadable),
        DidYouMeanAnswer choice => choice.Candidates.Where(g => access.MayRead(asker, g)).ToArray() is { Length: > 0 } candidates
            ? choice with { Candidates = candidates }
            : new TextAnswer(NothingReadable),
        NotReportedAnswer missing => NarrowNotReported(missing, asker, access),
        _ => answer, // text, help and reminder requests carry no goal data
    };

    private static Answer NarrowNotReported(NotReportedAnswer answer, Asker asker, ReadAccess access)
    {
        var groups = answer.Groups
            .Select(g => g with { Goals = [.. g.Goals.Where(goal => access.MayRead(asker, goal))] })
            .Where(g => g.Goals.Count > 0)
            .ToArray();
        return groups.Length > 0 ? answer with { Groups = groups } : new TextAnswer(NothingReadable);
    }
}
