using StatusBot.Cards.Builders;
using StatusBot.Cards.Model;
using StatusBot.Conversation;
using StatusBot.Conversation.Answers;
using StatusBot.Conversation.Responsibilities;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Bot;

/// <summary>Turns the conversation's answers into the cards a user sees. The only place that maps one to the other.</summary>
public sealed class AnswerCards(IResponsibilityDirectory people, TimeProvider time)
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public AdaptiveCard Render(Answer answer, Asker asker) => answer switch
    {
        GoalAnswer g => StatusCard(g.Plan, g.Goal, g.Scope, asker),
        GoalListAnswer list => GoalListCard.Build(list.Heading, list.Goals.Select(r => (r.Plan, r.Goal)).ToList()),
        DidYouMeanAnswer d => DidYouMeanCard.Build(d.Asked, d.Candidates.Select(r => (r.Plan, r.Goal)).ToList(), d.Reason),
        HelpAnswer => HelpCard.Build(),
        ReportRequestAnswer r => MessageCard.Build(
            "Rapportera utfall",
            $"Formuläret för att rapportera {r.Goal.DisplayLabel} för {r.Period.DisplayName} i kortet är inte klart ännu. " +
            "Tills vidare rapporterar du i stadens planeringssystem."),
        TextAnswer t => MessageCard.Build(t.Text),
        _ => MessageCard.Error("Jag kunde inte visa svaret."),
    };

    public AdaptiveCard StatusCard(Plan plan, Goal goal, ReportingPeriod? scope, Asker asker)
    {
        var today = Today();
        var responsible = ResponsibleFor(plan, goal);
        // A past year's plan is reported in its own VB, not in the period running today.
        var period = scope ?? (plan.Year < today.Year ? new ReportingPeriod(plan.Year, PeriodKind.VB) : null);
        var mayReport = responsible.Any(p => IsSamePerson(p, asker))
                        || people.GoalsFor(asker).Any(r => r.Role == ResponsibilityRole.Coordinator && SameOrganisation(r, plan));
        return GoalStatusCard.Build(plan, goal, new GoalCardContext(responsible, today, period, mayReport));
    }

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Stockholm).DateTime);

    private IReadOnlyList<PersonRef> ResponsibleFor(Plan plan, Goal goal) =>
        people.ResponsibleFor(plan, goal);

    private static bool IsSamePerson(PersonRef person, Asker asker) =>
        string.Equals(person.AadObjectId, asker.UserId, StringComparison.OrdinalIgnoreCase)
        || (asker.Upn is not null && string.Equals(person.Upn, asker.Upn, StringComparison.OrdinalIgnoreCase));

    private static bool SameOrganisation(Responsibility r, Plan plan) =>
        string.Equals(r.Organisation, plan.Organisation, StringComparison.OrdinalIgnoreCase)
        || string.Equals(r.Organisation, plan.ParentOrganisation, StringComparison.OrdinalIgnoreCase);
}
