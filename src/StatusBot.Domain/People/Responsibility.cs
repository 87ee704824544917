namespace StatusBot.Domain.People;

/// <summary>
/// Who answers for a goal. Goals are named by organisation, year and number, because responsibilities are
/// configured in people's terms ("3.6.1"), not in ids. Coordinators have no goal number: they cover all.
/// </summary>
public sealed record Responsibility(string Organisation, int Year, string? GoalNumber, PersonRef Person, ResponsibilityRole Role);

/// <summary>A person as configured (e-mail/UPN) and, once resolved, their Entra object id.</summary>
public sealed record PersonRef(string Upn)
{
    public string? AadObjectId { get; init; }

    public string? DisplayName { get; init; }
}
