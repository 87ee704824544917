using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Queries;

/// <summary>
/// Who may read which organisation's goals outside the chat (the MCP tools): a caller with any responsibility
/// there — Ansvarig, delegate or coordinator, in any year. A unit's plan is readable with a role in its nämnd.
/// Organisations are compared exactly (<see cref="OrganisationName.Same"/>), never fuzzily, because this grants reading.
/// </summary>
public sealed class ReadAccess(IResponsibilityDirectory directory)
{
    public bool MayRead(Asker asker, Plan plan) =>
        directory.GoalsFor(asker).Any(r => GoalOwnership.Covers(r.Organisation, plan));

    public bool MayRead(Asker asker, GoalRef goal) => MayRead(asker, goal.Plan);

    /// <summary>True when the caller has a role in the organisation itself or in the nämnd above it.</summary>
    public bool MayReadOrganisation(Asker asker, string organisation, GoalIndex index) =>
        directory.GoalsFor(asker).Any(r => OrganisationName.Same(r.Organisation, organisation))
        || index.PlansOf(organisation).Any(p => string.Equals(p.Organisation, organisation, StringComparison.OrdinalIgnoreCase) && MayRead(asker, p));

    /// <summary>The loaded organisations the caller has a role in (nämnder and their units).</summary>
    public IReadOnlyList<string> ReadableOrganisations(Asker asker, GoalIndex index) =>
        [.. index.Organisations.Where(o => directory.GoalsFor(asker).Any(r => OrganisationName.Same(r.Organisation, o)))];
}
