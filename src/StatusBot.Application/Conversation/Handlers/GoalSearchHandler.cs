using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Text;
using StatusBot.Domain.Goals;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>
/// "Hur går det med feriejobben?": a free-text search in the organisations' documents for the year. One clear
/// winner is answered directly; close scores become a choice.
/// </summary>
internal static class GoalSearchHandler
{
    /// <summary>The best hit must score this many times the runner-up to be answered without asking.</summary>
    internal const double ClearWinnerRatio = 1.5;

    private const int MaxCandidates = 5;

    public static Answer Answer(AnswerContext context)
    {
        var text = SearchText(context);
        if (text.Length == 0)
            return new TextAnswer($"Vad vill du veta om {string.Join(", ", context.Scope.Organisations)}? " +
                                  "Fråga t.ex. \"hur går nämndmål 3.6.1?\" eller \"vilka mål uppfylls delvis?\".");
        if (context.Targets().Count == 0) return context.NothingForYear();
        var hits = Search(context, text);
        // "enhetsmålet om kultur": only goals of the level named, when any match.
        if (context.Question.Level is { } level && hits.Any(h => h.Goal.Goal.Level == level))
            hits = hits.Where(h => h.Goal.Goal.Level == level).ToArray();
        if (hits.Count == 0)
            return new TextAnswer(
                $"Jag hittade inget mål som handlar om \"{text}\". Prova andra ord, ett målnummer som \"3.6.1\", eller skriv \"hjälp\".");
        // Someone who pastes a goal's title means that goal, however many others share its words.
        var best = hits.Where(h => SameContentWords(h.Goal.Goal.Title, text)).Take(2).ToArray() is [var only] ? only
                 : IsClear(hits) ? hits[0]
                 : OnlyTitleAbout(hits, text) ?? DeepestOfOneBranch(hits) ?? ParentOfCloseSiblings(hits)
                   ?? OnlyIndicatorNamingAll(hits, context.Index.QueryWords(text));
        // An indicator is asked for: the chosen goal's own indicator on the subject, else the best indicator hit.
        if (context.Question.Asks.IndicatorValue && (best is null || best.Field != MatchField.Indicator)
            && (best is null || IndicatorMatch.Best(best.Goal.Goal, text, null) is null)
            && hits.FirstOrDefault(h => h.Field == MatchField.Indicator) is { } indicatorHit)
            best = indicatorHit;
        if (best is not null)
        {
            if ((best.Field == MatchField.Indicator || context.Question.Asks.IndicatorValue)
                && IndicatorMatch.Best(best.Goal.Goal, string.Join(' ', context.Index.QueryWords(text)), best.MatchedText) is { } indicator)
                return new IndicatorAnswer(best.Goal.Plan, best.Goal.Goal, indicator, context.ScopeFor(best.Goal.Plan));
            return new GoalAnswer(best.Goal.Plan, best.Goal.Goal, context.ScopeFor(best.Goal.Plan)) { MatchedText = best.MatchedText };
        }
        return new DidYouMeanAnswer(context.Question.Text, $"Flera mål matchar \"{text}\". Vilket menar du?",
            hits.Take(MaxCandidates).Select(h => h.Goal).ToArray());
    }

    /// <summary>The words to look for; an organisation the plans don't know was probably a capitalised goal word.</summary>
    internal static string SearchText(AnswerContext context) =>
        string.Join(' ', new[] { context.Question.SearchText, context.Question.OrganisationHint is { } h && context.Scope.UnmatchedHint is not null ? h : null }
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>The same words once question and function words are dropped, in any order, case and accents folded.</summary>
    internal static bool SameContentWords(string title, string query)
    {
        static HashSet<string> Content(string text) =>
            SwedishText.Words(text.ToLowerInvariant()).Where(w => !StopWords.Contains(w)).Select(SwedishText.Fold).ToHashSet(StringComparer.Ordinal);
        var a = Content(title);
        return a.Count > 0 && a.SetEquals(Content(query));
    }

    /// <summary>
    /// When the close hits are one goal and its ancestors ("2.2.1" and "2.2" both speak of biologisk mångfald), the
    /// most specific goal is meant: the nämndmål before the goal it serves.
    /// </summary>
    internal static SearchHit? DeepestOfOneBranch(IReadOnlyList<SearchHit> hits)
    {
        var close = hits.Where(h => h.Score * ClearWinnerRatio > hits[0].Score).ToArray();
        // Numbered goals only: a unit's enhetsmål under its copied nämndmål still means the nämndmål.
        var deepest = close.Where(h => h.Goal.Goal.Number is not null).MaxBy(h => GoalNumber.Depth(h.Goal.Goal.Number!));
        if (deepest is null) return null;
        var chain = GoalTreeHandler.Ancestors(deepest.Goal).Select(a => a.Goal).Append(deepest.Goal.Goal).ToHashSet();
        return close.All(h => ReferenceEquals(h.Goal.Plan, deepest.Goal.Plan)
                              && (chain.Contains(h.Goal.Goal) || h.Goal.Goal.ParentId == deepest.Goal.Goal.Id))
            ? deepest : null;
    }

    /// <summary>
    /// Several nämndmål under one goal share the subject and that goal matches too ("äldreomsorgen": 1.4.1, 1.4.2,
    /// 1.4.3 and 1.4): the goal that covers them as a whole is meant.
    /// </summary>
    internal static SearchHit? ParentOfCloseSiblings(IReadOnlyList<SearchHit> hits)
    {
        var close = hits.Where(h => h.Score * ClearWinnerRatio > hits[0].Score).ToArray();
        foreach (var parent in hits)
        {
            var children = close.Count(h => h.Goal.Goal.ParentId == parent.Goal.Goal.Id && ReferenceEquals(h.Goal.Plan, parent.Goal.Plan));
            if (children >= 2 && close.All(h => h == parent || h.Goal.Goal.ParentId == parent.Goal.Goal.Id)) return parent;
        }
        return null;
    }

    /// <summary>
    /// Of close hits, the only verksamhetsområdesmål (or inriktningsmål) whose title begins with a searched word
    /// covers that subject as a whole ("trygghet": "Tryggheten ska öka …" rather than the nämndmål that are also
    /// "trygga"). Nämndmål are left to the rules below, so "äldre" still offers the goals for äldre to choose from.
    /// </summary>
    internal static SearchHit? OnlyTitleAbout(IReadOnlyList<SearchHit> hits, string query)
    {
        var stems = IndicatorMatch.Stems(query);
        var words = IndicatorMatch.Words(query);
        var about = hits.Where(h => h.Score * ClearWinnerRatio > hits[0].Score && h.Field == MatchField.Title)
            .Where(h => IndicatorMatch.Stems(h.Goal.Goal.Title).FirstOrDefault() is { } first && stems.Any(w => IndicatorMatch.Related(w, first))
                        || IndicatorMatch.Words(h.Goal.Goal.Title).FirstOrDefault() is { } surface && words.Any(w => IndicatorMatch.Related(w, surface)))
            .ToArray();
        return about.Select(h => h.Goal.Goal.Title).Distinct().Count() == 1
               && about[0].Goal.Goal.Level is GoalLevel.Inriktningsmal or GoalLevel.Verksamhetsomradesmal
            ? about[0] : null;
    }

    /// <summary>
    /// Several words (or a compound's parts: "barngrupperna") that one close hit's indicator names all of, and no
    /// other's: that indicator is meant ("Antal barn per grupp"), though the words are spread over other goals' texts.
    /// </summary>
    internal static SearchHit? OnlyIndicatorNamingAll(IReadOnlyList<SearchHit> hits, IReadOnlyList<string> words)
    {
        var stems = words.SelectMany(IndicatorMatch.Stems).Distinct().ToArray();
        if (stems.Length < 2) return null;
        var naming = hits.Where(h => h.Score * ClearWinnerRatio > hits[0].Score)
            .Select(h => (Hit: h, Indicator: h.Goal.Goal.Indicators.FirstOrDefault(i =>
                IndicatorMatch.Stems(i.Name) is var name && stems.All(s => name.Any(n => IndicatorMatch.Related(s, n))))))
            .Where(x => x.Indicator is not null)
            .ToArray();
        return naming.Select(x => x.Indicator!.Name).Distinct().Count() == 1
            ? naming[0].Hit with { Field = MatchField.Indicator, MatchedText = naming[0].Indicator!.Name }
            : null;
    }

    internal static bool IsClear(IReadOnlyList<SearchHit> hits) =>
        hits.Count == 1 || hits[0].Score >= ClearWinnerRatio * hits[1].Score;

    /// <summary>
    /// Searches each organisation's document for the year. Unit plans copy their nämnd's goals word for word, so
    /// from them only enhetsmål count (a unit's own goals); the copies would only split the score.
    /// </summary>
    internal static IReadOnlyList<SearchHit> Search(AnswerContext context, string text)
    {
        var targets = context.Targets();
        var own = targets.Select(t => t.Plan).ToHashSet();
        var units = targets
            .SelectMany(t => context.Index.PlansFor(t.Organisation, t.Year, DocumentPreference.PreferReport))
            .Where(p => !own.Contains(p) && p.ParentOrganisation is not null)
            .ToHashSet();
        return context.Index.Search(text, p => own.Contains(p) || units.Contains(p), max: 20)
            .Where(h => own.Contains(h.Goal.Plan) || h.Goal.Goal.Level == GoalLevel.Enhetsmal)
            .ToArray();
    }
}
