using StatusBot.Domain.People;

namespace StatusBot.Domain.Store;

/// <summary>Responsibilities kept in the goal store (imported from CSV), beside those in configuration.</summary>
public interface IResponsibilityStore
{
    /// <summary>Replaces every responsibility of the organisation and year in one transaction (an import is the whole truth).</summary>
    Task ReplaceAsync(string organisation, int year, IReadOnlyList<Responsibility> responsibilities, CancellationToken ct = default);

    Task<IReadOnlyList<Responsibility>> AllAsync(CancellationToken ct = default);

    /// <summary>Stores what Microsoft Graph resolved for a UPN (object id, display name, manager's UPN), for the cache.</summary>
    Task SaveResolvedPersonAsync(PersonRef person, string? managerUpn, CancellationToken ct = default);
}
