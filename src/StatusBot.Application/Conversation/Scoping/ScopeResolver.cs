using StatusBot.Application.Conversation.Organisations;
using StatusBot.Application.Responsibilities;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Conversation.Understanding;

namespace StatusBot.Application.Conversation.Scoping;

/// <summary>
/// Decides whose plans a question reads: an organisation named in the question; else the asker's configured
/// organisation; else the organisation of the asker's responsibilities; else the only nämnd loaded; else all.
/// </summary>
internal sealed class ScopeResolver(IOrganisationResolver organisations, IResponsibilityDirectory responsibilities)
{
    public OrganisationScope Resolve(Question question, Asker asker, GoalIndex index)
    {
        string? unmatched = null;
        if (question.OrganisationHint is { } hint)
        {
            var named = OrganisationMatcher.Match(hint, index.Organisations);
            if (named.Count > 0) return new OrganisationScope(named, Named: true, AcrossAll: false, null);
            unmatched = hint;
        }

        if (organisations.DefaultOrganisationFor(asker) is { } configured && MatchOne(configured, index) is { } byConfig)
            return new OrganisationScope([byConfig], Named: false, AcrossAll: false, unmatched);

        var fromResponsibilities = responsibilities.GoalsFor(asker)
            .Select(r => GoalOwnership.LoadedOrganisation(r.Organisation, index))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        if (fromResponsibilities.Length == 1)
            return new OrganisationScope(fromResponsibilities, Named: false, AcrossAll: false, unmatched);

        return index.Namnder.Count == 1
            ? new OrganisationScope(index.Namnder, Named: false, AcrossAll: false, unmatched)
            : new OrganisationScope(index.Namnder, Named: false, AcrossAll: true, unmatched);
    }

    /// <summary>A configured name resolved to the loaded organisation it means; exact names win over partial ones.</summary>
    public static string? MatchOne(string configured, GoalIndex index)
    {
        var exact = index.Organisations.FirstOrDefault(o => string.Equals(o, configured.Trim(), StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var matches = OrganisationMatcher.Match(configured, index.Organisations);
        // Prefer the nämnd when a partial name fits both it and one of its units.
        return matches.FirstOrDefault(m => index.Namnder.Contains(m, StringComparer.OrdinalIgnoreCase)) ?? matches.FirstOrDefault();
    }
}
