using StatusBot.Domain.People;

namespace StatusBot.Application.Responsibilities;

/// <summary>People as Entra ID knows them: object id, display name and manager, looked up by UPN and cached.</summary>
public interface IPeopleDirectory
{
    /// <summary>The person's object id and display name; null when Entra has no such user (logged in Swedish).</summary>
    Task<PersonRef?> ResolveAsync(string upn, CancellationToken ct = default);

    /// <summary>The UPN of the person's manager; null when they have none or do not exist.</summary>
    Task<string?> ManagerOfAsync(string upn, CancellationToken ct = default);

    /// <summary>
    /// The manager as far as already looked up (no Graph call), for synchronous callers such as the reminder
    /// planner; the background resolution keeps it filled for every responsible person.
    /// </summary>
    string? KnownManagerOf(string upn);
}
