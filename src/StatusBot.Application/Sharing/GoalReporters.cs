using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Sharing;

/// <summary>
/// Who may report a goal, as Entra object ids: its Ansvarig, their delegates and the organisation's coordinators
/// for the plan's year (the same people <see cref="GoalOwnership.MayReport"/> lets save). A card shared in a
/// channel refreshes for them so that they, and only they, see the report button.
/// </summary>
public sealed class GoalReporters(IResponsibilityDirectory directory)
{
    public IReadOnlyList<string> Of(GoalRef goal) =>
    [
        .. directory.All
            .Where(r => r.Year == goal.Plan.Year && Covers(r.Organisation, goal.Plan)
                        && (r.Role == ResponsibilityRole.Coordinator || (r.GoalNumber is not null && r.GoalNumber == goal.Goal.Number)))
            // Ansvarig and delegates before coordinators: they come first when the list must be cut short.
            .OrderBy(r => r.Role == ResponsibilityRole.Coordinator ? 1 : 0)
            .Select(r => r.Person.AadObjectId)
            .OfType<string>()
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase),
    ];

    private static bool Covers(string organisation, Plan plan) =>
        OrganisationName.Same(organisation, plan.Organisation) || OrganisationName.Same(organisation, plan.ParentOrganisation);
}
