using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;

namespace StatusBot.Conversation.Responsibilities;

/// <summary>
/// Responsibilities from configuration (section "Responsibilities"), re-read when the configuration reloads.
/// Entries without an organisation, a year or a person are skipped, since they can never match.
/// </summary>
public sealed class ConfiguredResponsibilityDirectory : IResponsibilityDirectory
{
    public const string SectionName = "Responsibilities";

    private Responsibility[] _all;

    public ConfiguredResponsibilityDirectory(IConfiguration configuration)
    {
        _all = Read(configuration.GetSection(SectionName));
        ChangeToken.OnChange(configuration.GetReloadToken, () => Reload(configuration));
    }

    private void Reload(IConfiguration configuration)
    {
        // A bad edit to a running instance's configuration keeps the last good list rather than failing the
        // reload thread; the same error stops a fresh start, where someone is watching.
        try { Volatile.Write(ref _all, Read(configuration.GetSection(SectionName))); }
        catch (FormatException) { }
        catch (InvalidOperationException) { }
    }

    /// <summary>For tests and for callers that already hold the list.</summary>
    public ConfiguredResponsibilityDirectory(IEnumerable<Responsibility> responsibilities) => _all = responsibilities.ToArray();

    public IReadOnlyList<Responsibility> All => Volatile.Read(ref _all);

    /// <summary>
    /// Entries matching the asker's object id or UPN, and then every entry naming the same person by the other
    /// key: an administrator who wrote the object id on one line and only the e-mail on the next means one person.
    /// </summary>
    public IReadOnlyList<Responsibility> GoalsFor(Asker asker)
    {
        var all = All;
        var direct = all.Where(r => Is(r.Person.AadObjectId, asker.UserId) || Is(r.Person.Upn, asker.Upn) || Is(r.Person.Upn, asker.UserId)).ToArray();
        if (direct.Length == 0) return direct;
        var upns = direct.Select(r => r.Person.Upn).Append(asker.Upn).Where(u => !string.IsNullOrWhiteSpace(u)).ToArray();
        var ids = direct.Select(r => r.Person.AadObjectId).Append(asker.UserId).Where(i => !string.IsNullOrWhiteSpace(i)).ToArray();
        return all.Where(r => direct.Contains(r) || upns.Any(u => Is(r.Person.Upn, u)) || ids.Any(i => Is(r.Person.AadObjectId, i))).ToArray();
    }

    public IReadOnlyList<PersonRef> ResponsibleFor(Plan plan, Goal goal)
    {
        if (goal.Number is null) return [];
        return All.Where(r => r.Role != ResponsibilityRole.Coordinator && r.Year == plan.Year && r.GoalNumber == goal.Number
                              && (Is(r.Organisation, plan.Organisation) || Is(r.Organisation, plan.ParentOrganisation)))
            .Select(r => r.Person)
            .Distinct()
            .ToArray();
    }

    private static bool Is(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    public static Responsibility[] Read(IConfigurationSection section) =>
        (section.Get<List<ResponsibilityEntry>>() ?? [])
        .Where(e => !string.IsNullOrWhiteSpace(e.Organisation) && e.Year > 0
                    && (!string.IsNullOrWhiteSpace(e.Upn) || !string.IsNullOrWhiteSpace(e.AadObjectId)))
        .Select(e => new Responsibility(
            e.Organisation!.Trim(),
            e.Year,
            GoalNumber.Normalize(e.Goal),
            new PersonRef(e.Upn?.Trim() ?? "") { AadObjectId = e.AadObjectId?.Trim() },
            ParseRole(e.Role)))
        .ToArray();

    public static ResponsibilityRole ParseRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        null or "" or "ansvarig" or "owner" => ResponsibilityRole.Ansvarig,
        "delegate" or "delegat" or "ersättare" => ResponsibilityRole.Delegate,
        "coordinator" or "samordnare" or "koordinator" or "controller" or "nämndsekreterare" => ResponsibilityRole.Coordinator,
        _ => throw new FormatException($"Okänd roll i Responsibilities: '{role}'. Använd Ansvarig, Delegate eller Coordinator."),
    };
}
