using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>The one goal a request names ("rapportera 3.6.1", "historik för trygghet"), found as a status question finds it.</summary>
internal static class NamedGoal
{
    /// <summary>
    /// A <see cref="GoalAnswer"/>, or the answer that stands in its place (nothing that year, no such number, a
    /// choice between candidates); null when the request names no goal at all.
    /// </summary>
    public static Answer? Find(AnswerContext context)
    {
        var q = context.Question;
        if (context.Targets().Count == 0) return context.NothingForYear();
        if (q.GoalNumber is { } number)
        {
            var (hits, missing) = NumberLookup.Find(context, number, q.Level);
            return hits.Count == 0 ? NumberLookup.NotFound(context, missing, number, q.Level) : NumberLookup.Answer(context, hits, number, q.Level);
        }
        return q.SearchText is not null || q.OrganisationHint is not null ? GoalSearchHandler.Answer(context) : null;
    }
}
