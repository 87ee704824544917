using StatusBot.AdaptiveCards.Model;
using StatusBot.Application;
using StatusBot.Application.Outcomes;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Teams.Cards;

/// <summary>
/// A goal's status card as one viewer sees it (with "Rapportera utfall" when they may report) or as everyone in a
/// shared conversation sees it (no one's buttons). The one place that decides the card's context.
/// </summary>
public sealed class StatusCardViews(IResponsibilityDirectory people, OutcomeAuthorisation authorisation, TimeProvider time)
{
    public AdaptiveCard ForViewer(Plan plan, Goal goal, ReportingPeriod? scope, Asker viewer) =>
        GoalStatusCard.Build(plan, goal, Context(plan, goal, scope, viewer));

    public AdaptiveCard ReadOnly(Plan plan, Goal goal, ReportingPeriod? scope) =>
        GoalStatusCard.Build(plan, goal, Context(plan, goal, scope, viewerMayReport: false));

    public GoalCardContext Context(Plan plan, Goal goal, ReportingPeriod? scope, Asker viewer) =>
        Context(plan, goal, scope, authorisation.MaySave(viewer, new GoalRef(plan, goal)));

    private GoalCardContext Context(Plan plan, Goal goal, ReportingPeriod? scope, bool viewerMayReport)
    {
        var today = Today();
        // A past year's plan is reported in its own VB, not in the period running today.
        var period = scope ?? (plan.Year < today.Year ? new ReportingPeriod(plan.Year, PeriodKind.VB) : null);
        return new GoalCardContext(people.ResponsibleFor(plan, goal), today, period, viewerMayReport);
    }

    public DateOnly Today() => StockholmTime.Today(time);
}
