using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Handlers;
using StatusBot.Application.Conversation.Organisations;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Application.Text;

namespace StatusBot.Application.Queries;

/// <summary>
/// The chat's questions asked with structured arguments instead of Swedish text (for the MCP tools): each builds
/// the <see cref="Question"/> the parser would have built and lets <see cref="ConversationService"/> and its
/// handlers answer, so a tool and the chat answer alike. Unlike the chat, only organisations in which the caller
/// has a role are read (<see cref="ReadAccess"/>). Thread-safe.
/// </summary>
public sealed class GoalQueries(
    IGoalIndexSource index,
    IOrganisationResolver organisations,
    IResponsibilityDirectory responsibilities,
    ConversationService conversation,
    TimeProvider time)
{
    internal const string NoRoleAnywhere =
        "Du har ingen roll (ansvarig, delegat eller samordnare) i någon nämnd, så jag kan inte visa några mål. " +
        "Be din controller eller nämndsekreterare att registrera dig.";

    private const int MaxSearchHits = 10;

    private readonly ReadAccess _access = new(responsibilities);
    private readonly GoalOwnership _ownership = new(responsibilities);
    private readonly ScopeResolver _scopes = new(organisations, responsibilities);

    /// <summary>"Hur går det med feriejobben?" as a ranked list: the same search the chat runs, every hit kept.</summary>
    public QueryResult SearchGoals(Asker asker, string query, string? organisation = null, int? year = null)
    {
        var words = QuestionParser.Parse(query) is { Intent: Intent.GoalSearch, SearchText: { Length: > 0 } parsed } ? parsed : query.Trim();
        var question = new Question(Intent.GoalSearch) { Text = query, SearchText = words, Period = YearOnly(year) };
        return Scoped(asker, organisation, question, (context, _) =>
        {
            if (context.Targets().Count == 0) return new AnsweredQuery(context.NothingForYear());
            var hits = GoalSearchHandler.Search(context, words).Where(h => _access.MayRead(asker, h.Goal)).Take(MaxSearchHits).ToArray();
            return new SearchResults(words, hits);
        });
    }

    /// <summary>"Hur går nämndmål 3.6.1?", or one goal by id.</summary>
    public QueryResult GoalStatus(Asker asker, GoalSelector goal, string? organisation = null, PeriodScope? period = null, GoalLevel? level = null)
    {
        if (goal.Id is { } id) return ById(asker, id, period, g => new AnsweredQuery(new GoalAnswer(g.Plan, g.Goal, AnswerContext.ScopeFor(g.Plan, period?.Kind))));
        var question = new Question(Intent.GoalStatus) { Text = $"mål {goal.Number}", GoalNumber = GoalNumber.Normalize(goal.Number ?? "") ?? goal.Number, Level = level, Period = period };
        return Ask(asker, organisation, question);
    }

    /// <summary>An organisation's goals of one level for a year, or only those with a given bedömning ("vilka mål uppfylls delvis?").</summary>
    public QueryResult ListGoals(Asker asker, string organisation, int? year, GoalLevel? level = null, Bedomning? bedomning = null, PeriodScope? period = null)
    {
        var scope = new PeriodScope(period?.Kind, year ?? period?.Year);
        if (bedomning is { } b)
            return Ask(asker, organisation, new Question(Intent.GoalsByBedomning) { Text = b.Label(), Bedomning = b, Level = level, Period = scope });
        // Only the question's scope (organisation, year) is used here: listing goals is not a chat question.
        var question = new Question(Intent.GoalSearch) { Text = organisation, Period = scope };
        return Scoped(asker, organisation, question, (context, _) =>
        {
            var targets = context.Targets();
            if (targets.Count == 0) return new AnsweredQuery(context.NothingForYear());
            var wanted = level ?? GoalLevel.Namndmal;
            var goals = targets.SelectMany(t => GoalIndex.OfLevel(t.Plan, wanted)).ToArray();
            var where = string.Join(", ", targets.Select(t => $"{t.Organisation} {t.Year}"));
            return new AnsweredQuery(goals.Length > 0
                ? new GoalListAnswer($"{wanted.DisplayName()} – {where}", goals)
                : new TextAnswer($"Det finns inga {wanted.DisplayName().ToLowerInvariant()} för {where}."));
        });
    }

    /// <summary>A goal's indicators with targets and outcomes; <paramref name="name"/> narrows them by name.</summary>
    public QueryResult Indicators(Asker asker, GoalSelector goal, string? name = null, string? organisation = null, PeriodScope? period = null)
    {
        var found = GoalStatus(asker, goal, organisation, period);
        if (found is not AnsweredQuery { Answer: GoalAnswer answer }) return found;
        var indicators = answer.Goal.Indicators.Where(i => Matches(i.Name, name)).ToArray();
        if (indicators.Length == 0)
            return new AnsweredQuery(new TextAnswer(answer.Goal.Indicators.Count == 0
                ? $"{answer.Goal.DisplayLabel} har inga indikatorer."
                : $"{answer.Goal.DisplayLabel} har ingen indikator som heter \"{name}\". Den har: {string.Join("; ", answer.Goal.Indicators.Select(i => i.Name))}."));
        return new IndicatorResults(new GoalRef(answer.Plan, answer.Goal), indicators, answer.Scope);
    }

    /// <summary>"Vem har inte rapporterat T2?" for an organisation.</summary>
    public QueryResult NotReported(Asker asker, string? organisation, PeriodScope period) =>
        Ask(asker, organisation, new Question(Intent.NotReported) { Text = $"vem har inte rapporterat {period}", Period = period });

    /// <summary>"Mina mål": answers for the caller's own responsibilities, which are readable by definition.</summary>
    public QueryResult MyGoals(Asker asker, int? year = null) =>
        new AnsweredQuery(ReadableAnswers.Narrow(conversation.Answer(new Question(Intent.MyGoals) { Text = "mina mål", Period = YearOnly(year) }, asker), asker, _access));

    private QueryResult Ask(Asker asker, string? organisation, Question question) =>
        Scoped(asker, organisation, question, (_, asked) => new AnsweredQuery(conversation.Answer(asked, asker)));

    /// <summary>
    /// Resolves the organisation the way the chat does, refuses organisations the caller has no role in, then
    /// answers with <paramref name="answer"/> and narrows the result to readable goals.
    /// </summary>
    private QueryResult Scoped(Asker asker, string? organisation, Question question, Func<AnswerContext, Question, QueryResult> answer)
    {
        var snapshot = index.Current;
        if (snapshot.IsEmpty) return new AnsweredQuery(new TextAnswer(ConversationService.NoPlansText));
        string? hint;
        if (!string.IsNullOrWhiteSpace(organisation))
        {
            var named = OrganisationMatcher.Match(organisation, snapshot.Organisations);
            if (named.Count == 0)
                return new AnsweredQuery(new TextAnswer($"Jag hittar ingen nämnd som heter \"{organisation}\". Jag har mål för: {string.Join(", ", snapshot.Namnder)}."));
            var allowed = named.Where(o => _access.MayReadOrganisation(asker, o, snapshot)).ToArray();
            if (allowed.Length == 0)
                return new RefusedQuery($"Du har ingen roll (ansvarig, delegat eller samordnare) i {string.Join(", ", named)}, så jag kan inte visa dess mål.");
            hint = allowed.Length == 1 ? allowed[0] : organisation;
        }
        else
        {
            var readable = _access.ReadableOrganisations(asker, snapshot);
            if (readable.Count == 0) return new RefusedQuery(NoRoleAnywhere);
            hint = readable.Count == 1 ? readable[0] : null; // several: the chat's scoping, then narrowing
        }

        var asked = question with { OrganisationHint = hint };
        var context = new AnswerContext(snapshot, asked, asker, _scopes.Resolve(asked, asker, snapshot), _ownership, time);
        return answer(context, asked) switch
        {
            AnsweredQuery answered => new AnsweredQuery(ReadableAnswers.Narrow(answered.Answer, asker, _access)),
            var other => other,
        };
    }

    private QueryResult ById(Asker asker, string id, PeriodScope? period, Func<GoalRef, QueryResult> found)
    {
        var snapshot = index.Current;
        if (snapshot.FindById(id) is not { } goal)
            return new AnsweredQuery(new TextAnswer($"Det finns inget mål med id \"{id}\". Fråga med målnumret i stället, t.ex. \"3.6.1\"."));
        if (!_access.MayRead(asker, goal))
            return new RefusedQuery($"Du har ingen roll (ansvarig, delegat eller samordnare) i {goal.Plan.ParentOrganisation ?? goal.Plan.Organisation}, så jag kan inte visa målet.");
        return found(goal);
    }

    private static PeriodScope? YearOnly(int? year) => year is { } y ? new PeriodScope(null, y) : null;

    private static bool Matches(string indicator, string? name) =>
        string.IsNullOrWhiteSpace(name)
        || SwedishText.Fold(indicator.ToLowerInvariant()).Contains(SwedishText.Fold(name.Trim().ToLowerInvariant()), StringComparison.Ordinal);
}
