using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Responsibilities;

/// <summary>
/// Responsibilities from configuration (section "Responsibilities"), re-read when the configuration reloads.
/// Entries without an organisation, a year or a person are skipped, since they can never match.
/// </summary>
public sealed class ConfiguredResponsibilityDirectory : IResponsibilityDirectory
{
    public const string SectionName = "Responsibilities";

    private ResponsibilityLookup _lookup;

    public ConfiguredResponsibilityDirectory(IConfiguration configuration)
    {
        _lookup = new ResponsibilityLookup(Read(configuration.GetSection(SectionName)));
        ChangeToken.OnChange(configuration.GetReloadToken, () => Reload(configuration));
    }

    private void Reload(IConfiguration configuration)
    {
        // A bad edit to a running instance's configuration keeps the last good list rather than failing the
        // reload thread; the same error stops a fresh start, where someone is watching.
        try { Volatile.Write(ref _lookup, new ResponsibilityLookup(Read(configuration.GetSection(SectionName)))); }
        catch (FormatException) { }
        catch (InvalidOperationException) { }
    }

    /// <summary>For tests and for callers that already hold the list.</summary>
    public ConfiguredResponsibilityDirectory(IEnumerable<Responsibility> responsibilities) =>
        _lookup = new ResponsibilityLookup(responsibilities.ToArray());

    public IReadOnlyList<Responsibility> All => Volatile.Read(ref _lookup).All;

    /// <inheritdoc cref="ResponsibilityLookup.GoalsFor"/>
    public IReadOnlyList<Responsibility> GoalsFor(Asker asker) => Volatile.Read(ref _lookup).GoalsFor(asker);

    public IReadOnlyList<PersonRef> ResponsibleFor(Plan plan, Goal goal) => Volatile.Read(ref _lookup).ResponsibleFor(plan, goal);

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
