using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Application.Sharing;

/// <summary>
/// The compose box's search ("3.6.1", "trygghet", "mina mål"): the goals the chat would answer with, first, then —
/// for free text — the rest of the ranked hits in the same plans, so that paging has somewhere to go. Nothing typed
/// lists the asker's own goals. In-memory only (no store call), so it answers well inside Teams' 5-second limit.
/// </summary>
public sealed class ComposeSearch(ConversationService conversation, IGoalIndexSource index, GoalOwnership ownership)
{
    public const int DefaultCount = 10;

    /// <summary>Teams asks for 25 at most; more would only make the invoke slower.</summary>
    public const int MaxCount = 25;

    /// <summary>How many ranked hits free text may page through.</summary>
    public const int MaxHits = 50;

    public const string NoOwnGoals =
        "Du står inte som ansvarig för något mål. Skriv ett målnummer eller ord ur målet, t.ex. \"3.6.1\" eller \"trygghet\".";

    public static string NoHits(string text) =>
        $"Inga mål matchar \"{text}\". Prova ett målnummer som \"3.6.1\" eller andra ord ur målets titel.";

    public ComposeSearchResult Search(string? text, Asker asker, int? skip = null, int? count = null)
    {
        var from = Math.Max(0, skip ?? 0);
        var take = Math.Clamp(count is > 0 ? count.Value : DefaultCount, 1, MaxCount);
        var query = text?.Trim() ?? "";
        var (goals, notice) = query.Length == 0 ? OwnGoals(asker) : Found(query, asker);
        return new ComposeSearchResult([.. goals.Skip(from).Take(take)], goals.Count, goals.Count == 0 ? notice : null);
    }

    private (IReadOnlyList<GoalRef>, string) OwnGoals(Asker asker)
    {
        var own = ownership.GoalsOf(asker, index.Current, year: null, level: null);
        return ([.. own.Responsible, .. own.Coordinated], NoOwnGoals);
    }

    private (IReadOnlyList<GoalRef>, string) Found(string text, Asker asker)
    {
        var question = QuestionParser.Parse(text);
        var answer = conversation.Answer(question, asker);
        IReadOnlyList<GoalRef> chat = answer switch
        {
            GoalAnswer g => [new GoalRef(g.Plan, g.Goal)],
            GoalListAnswer l => l.Goals,
            DidYouMeanAnswer d => d.Candidates,
            _ => [],
        };
        // The chat's own explanation ("no plans for 2031") unless it was a plain search, whose chat advice ("skriv hjälp") does not fit here.
        var notice = answer is TextAnswer t && question.Intent != Intent.GoalSearch ? t.Text : NoHits(text);
        if (chat.Count == 0 || question.Intent != Intent.GoalSearch || string.IsNullOrWhiteSpace(question.SearchText)) return (chat, notice);

        var plans = chat.Select(g => g.Plan).ToHashSet();
        var more = index.Current.Search(question.SearchText, plans.Contains, MaxHits).Select(h => h.Goal);
        return ([.. chat.Concat(more).DistinctBy(g => g.Goal.Id).Take(MaxHits)], notice);
    }
}
