using StatusBot.Cards.Builders;
using StatusBot.Cards.Model;
using StatusBot.Conversation;
using StatusBot.Conversation.Responsibilities;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;

namespace StatusBot.Outcomes;

/// <summary>
/// Who may save an outcome: the goal's responsible people (Ansvarig), their delegates and the organisation's
/// coordinators for the plan's year, matched on the Teams user's Entra object id (or UPN when known). Everybody
/// with access may read; the tenant is checked before this, by the protocol layer's allow-list.
/// </summary>
public sealed class OutcomeAuthorisation(IResponsibilityDirectory people, ILogger<OutcomeAuthorisation> logger)
{
    public bool MaySave(Asker asker, Plan plan, Goal goal) =>
        people.GoalsFor(asker).Any(r =>
            r.Year == plan.Year
            && SameOrganisation(r, plan)
            && (r.Role == ResponsibilityRole.Coordinator || (goal.Number is not null && r.GoalNumber == goal.Number)));

    /// <summary>The polite answer to someone who may not save, and a Warning with only the ids for the audit.</summary>
    public AdaptiveCard Refuse(Asker asker, Goal goal, string attempted)
    {
        logger.LogWarning("Outcome {Attempt} refused: user {UserId} may not report goal {GoalId}", attempted, asker.UserId, goal.Id);
        return MessageCard.Build(
            "Du kan inte rapportera det här målet",
            $"Utfall för {goal.DisplayLabel} rapporteras av målets ansvariga, deras ersättare och nämndens samordnare. " +
            "Du kan fortfarande se målets status. Hör av dig till samordnaren om du borde ha behörighet.");
    }

    private static bool SameOrganisation(Responsibility r, Plan plan) =>
        string.Equals(r.Organisation, plan.Organisation, StringComparison.OrdinalIgnoreCase)
        || string.Equals(r.Organisation, plan.ParentOrganisation, StringComparison.OrdinalIgnoreCase);
}
