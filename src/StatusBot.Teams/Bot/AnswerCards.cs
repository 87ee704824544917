using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Application.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Application;
using StatusBot.Application.ReadModel;

namespace StatusBot.Teams.Bot;

/// <summary>Turns the conversation's answers into the cards a user sees. The only place that maps one to the other.</summary>
public sealed class AnswerCards(IResponsibilityDirectory people, OutcomeAuthorisation authorisation, TimeProvider time, StatusCardCache statusCards)
{
    private readonly StatusCardViews _views = new(people, authorisation, time);

    public AdaptiveCard Render(Answer answer, Asker asker) => answer switch
    {
        GoalAnswer g => StatusCard(g.Plan, g.Goal, g.Scope, asker),
        GoalListAnswer list => GoalListCard.Build(list.Heading, list.Goals.Select(r => (r.Plan, r.Goal)).ToList()),
        DidYouMeanAnswer d => DidYouMeanCard.Build(d.Asked, d.Candidates.Select(r => (r.Plan, r.Goal)).ToList(), d.Reason),
        HelpAnswer => HelpCard.Build(),
        GoalTreeAnswer tree => GoalTreeCard.Build(tree),
        ImportGapsAnswer gaps => ImportGapsCard.Build(gaps.Plans),
        CountAnswer count => CountCard.Build(count),
        IndicatorAnswer i => IndicatorCard.Build(i.Plan, i.Goal, i.Indicator, i.Scope),
        IndicatorListAnswer list => list.Focus is { } focus && list.Indicators.Count == focus.Goal.Indicators.Count
            ? IndicatorsCard.Build(focus.Plan, focus.Goal)
            : IndicatorListCard.Build(list.Heading, list.Indicators),
        NotReportedAnswer n => NotReportedCard.Build(n.Heading,
            [.. n.Groups.Select(g => new NotReportedCard.Group(g.Person, [.. g.Goals.Select(r => (r.Plan, r.Goal))]))]),
        // These need a store: StatusBotResponder answers them through OutcomeFlow and ReminderQuestions.
        ReportRequestAnswer or OutcomeHistoryAnswer or ReminderRequestAnswer => MessageCard.Error("Det svaret kan bara visas i Teams."),
        TextAnswer t => MessageCard.Build(t.Text),
        _ => MessageCard.Error("Jag kunde inte visa svaret."),
    };

    /// <summary>The answer serialised for a reply; status cards come from the cache when nothing they show changed.</summary>
    public RenderedCard RenderForReply(Answer answer, Asker asker)
    {
        if (answer is not GoalAnswer g) return RenderedCard.Of(Render(answer, asker));
        var context = StatusContext(g.Plan, g.Goal, g.Scope, asker);
        return statusCards.GetOrBuild(g.Goal, context, () => GoalStatusCard.BuildRendered(g.Plan, g.Goal, context));
    }

    public AdaptiveCard StatusCard(Plan plan, Goal goal, ReportingPeriod? scope, Asker asker) => _views.ForViewer(plan, goal, scope, asker);

    private GoalCardContext StatusContext(Plan plan, Goal goal, ReportingPeriod? scope, Asker asker) => _views.Context(plan, goal, scope, asker);

    public DateOnly Today() => _views.Today();
}
