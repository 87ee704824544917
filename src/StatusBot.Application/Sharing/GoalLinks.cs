using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Sharing;

/// <summary>"Which goal does this address name?", answered from the current read model.</summary>
public sealed class GoalLinks(IGoalIndexSource index)
{
    /// <summary>The goal a pasted URL or a path names, or null when it names none (or one no longer loaded).</summary>
    public GoalRef? Resolve(string? urlOrPath) => GoalLink.TryParse(urlOrPath, out var link) ? Resolve(link) : null;

    public GoalRef? Resolve(GoalLink link)
    {
        var snapshot = index.Current;
        if (GoalOwnership.LoadedOrganisation(link.Organisation, snapshot) is not { } organisation) return null;
        if (snapshot.Find(organisation, link.Year, DocumentPreference.PreferReport, link.NumberOrId) is { } byNumber) return byNumber;
        // Goals without a number are linked by id; the id must still belong to that organisation and year.
        return snapshot.FindById(link.NumberOrId) is { } byId && byId.Plan.Year == link.Year
               && OrganisationName.Same(byId.Plan.Organisation, organisation)
            ? byId
            : null;
    }
}
