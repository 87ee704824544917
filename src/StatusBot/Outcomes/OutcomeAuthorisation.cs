using StatusBot.Cards.Builders;
using StatusBot.Cards.Model;
using StatusBot.Conversation;
using StatusBot.Conversation.Responsibilities;
using StatusBot.Conversation.Scoping;
using StatusBot.Conversation.Search;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;

namespace StatusBot.Outcomes;

/// <summary>
/// Who may save an outcome: the goal's responsible people (Ansvarig), their delegates and the organisation's
/// coordinators for the plan's year, matched on the Teams user's Entra object id (or UPN when known). Everybody
/// with access may read; the tenant is checked before this, by the protocol layer's allow-list.
/// </summary>
public sealed class OutcomeAuthorisation(IResponsibilityDirectory people, IGoalIndexSource index, ILogger<OutcomeAuthorisation> logger)
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

    /// <summary>Configured names may be short ("Hägersten-Älvsjö"): matched to the loaded organisations as questions are.</summary>
    private bool SameOrganisation(Responsibility r, Plan plan)
    {
        var name = Is(r.Organisation, plan.Organisation) || Is(r.Organisation, plan.ParentOrganisation)
            ? r.Organisation
            : ScopeResolver.MatchOne(r.Organisation, index.Current);
        return Is(name, plan.Organisation) || Is(name, plan.ParentOrganisation);
    }

    private static bool Is(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
