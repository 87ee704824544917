using System.Globalization;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;

namespace StatusBot.Application.Responsibilities;

/// <summary>
/// Validates a responsibilities CSV against the plans in the store and, only when every line is good, replaces the
/// stored responsibilities of each organisation and year the file names. One bad line refuses the whole file: a
/// half-imported list would silently drop people from reminders.
/// </summary>
public sealed class ResponsibilityImport(IGoalStore plans, IResponsibilityStore responsibilities)
{
    public sealed record Outcome(IReadOnlyList<string> Errors, IReadOnlyList<(string Organisation, int Year, IReadOnlyList<Responsibility> Responsibilities)> Replaced)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    public async Task<Outcome> ImportAsync(TextReader csv, CancellationToken ct = default)
    {
        var (lines, errors) = ResponsibilityCsv.Parse(csv);
        var parsed = new List<Responsibility>();
        var errorList = errors.ToList();
        var allPlans = await plans.GetAllPlansAsync(ct);
        foreach (var line in lines)
        {
            if (Validate(line, allPlans, out var error) is { } responsibility) parsed.Add(responsibility);
            else errorList.Add($"Rad {line.LineNumber}: {error}");
        }
        if (errorList.Count > 0)
            return new Outcome([.. errorList.OrderBy(LineOf)], []);
        if (parsed.Count == 0)
            return new Outcome(["Filen innehåller inga ansvar; ingenting har ändrats."], []);

        var groups = parsed.Distinct()
            .GroupBy(r => (r.Organisation, r.Year))
            .Select(g => (g.Key.Organisation, g.Key.Year, (IReadOnlyList<Responsibility>)[.. g]))
            .ToArray();
        foreach (var (organisation, year, list) in groups)
            await responsibilities.ReplaceAsync(organisation, year, list, ct);
        return new Outcome([], groups);
    }

    private static Responsibility? Validate(ResponsibilityCsvLine line, IReadOnlyList<Plan> allPlans, out string error)
    {
        error = "";
        if (new[] { ("organisation", line.Organisation), ("år", line.Year), ("mål", line.Goal), ("e-post", line.Upn), ("roll", line.Role) }
                .FirstOrDefault(f => HasHiddenCharacters(f.Item2)) is { Item1: { } column })
        {
            // NUL, bidi overrides and zero-width characters make a name that looks right match nobody (or somebody else).
            error = $"{column} innehåller styrtecken eller osynliga tecken (t.ex. riktningstecken eller nollbredds-mellanslag). Skriv in värdet på nytt.";
            return null;
        }
        if (line.Organisation.Length == 0) { error = "organisation saknas."; return null; }
        if (line.Year.Length == 0) { error = "år saknas."; return null; }
        if (!int.TryParse(line.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            error = $"'{line.Year}' är inget år (skriv t.ex. 2026)."; return null;
        }
        if (!ResponsibilityCsv.Email().IsMatch(line.Upn)) { error = $"'{line.Upn}' är ingen giltig e-postadress."; return null; }
        if (line.Role.Length == 0) { error = "roll saknas (Ansvarig, Delegat eller Samordnare)."; return null; }
        ResponsibilityRole role;
        try { role = ConfiguredResponsibilityDirectory.ParseRole(line.Role); }
        catch (FormatException) { error = $"okänd roll '{line.Role}'; använd Ansvarig, Delegat eller Samordnare."; return null; }

        // The plans the responsibility can apply to: the organisation's own, and its units' (whose parent it is).
        var organisationPlans = allPlans.Where(p => p.Year == year && (Same(p.Organisation, line.Organisation) || Same(p.ParentOrganisation, line.Organisation))).ToArray();
        if (organisationPlans.Length == 0)
        {
            error = $"det finns ingen plan för {line.Organisation} {year} i målförrådet; läs in verksamhetsplanen först."; return null;
        }

        string? goal = null;
        if (role == ResponsibilityRole.Coordinator)
        {
            if (line.Goal.Length > 0) { error = $"en samordnare gäller alla mål; lämna målet tomt (stod '{line.Goal}')."; return null; }
        }
        else
        {
            if (line.Goal.Length == 0) { error = "målnummer saknas (t.ex. 3.6.1); bara samordnare får sakna mål."; return null; }
            goal = GoalNumber.Normalize(line.Goal);
            if (goal is null) { error = $"'{line.Goal}' är inget målnummer (skriv t.ex. 3.6.1)."; return null; }
            if (!organisationPlans.Any(p => p.FindByNumber(goal) is not null))
            {
                error = $"mål {goal} finns inte i planen för {line.Organisation} {year}."; return null;
            }
        }
        // The organisation as the plan spells it, so "hägersten-älvsjö" in the file still matches everywhere.
        var organisation = organisationPlans.FirstOrDefault(p => Same(p.Organisation, line.Organisation))?.Organisation ?? line.Organisation;
        return new Responsibility(organisation, year, goal, new PersonRef(line.Upn), role);
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static int LineOf(string error) =>
        error.StartsWith("Rad ", StringComparison.Ordinal) && int.TryParse(error.AsSpan(4, error.IndexOf(':') - 4), out var n) ? n : 0;

    /// <summary>Control characters (NUL included), format characters (bidi controls, zero-width) and lone surrogates.</summary>
    private static bool HasHiddenCharacters(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format) return true;
        }
        return false;
    }
}
