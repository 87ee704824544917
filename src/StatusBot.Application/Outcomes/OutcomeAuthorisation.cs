using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Application.Outcomes;

/// <summary>
/// Who may save an outcome: the goal's responsible people (Ansvarig), their delegates and the organisation's
/// coordinators for the plan's year (<see cref="GoalOwnership.MayReport"/>), matched on the Teams user's Entra
/// object id (or UPN when known). Everybody with access may read; the tenant is checked before this, by the
/// protocol layer's allow-list.
/// </summary>
public sealed class OutcomeAuthorisation(GoalOwnership ownership, ILogger<OutcomeAuthorisation> logger)
{
    public bool MaySave(Asker asker, GoalRef target) => ownership.MayReport(asker, target.Plan, target.Goal);

    /// <summary>Checks and, when refused, writes the audit Warning with only the ids.</summary>
    public bool Authorise(Asker asker, GoalRef target, string attempted)
    {
        if (MaySave(asker, target)) return true;
        logger.LogWarning("Outcome {Attempt} refused: user {UserId} may not report goal {GoalId}", attempted, asker.UserId, target.Goal.Id);
        return false;
    }
}
