using System.Globalization;
using System.Text.RegularExpressions;
using StatusBot.Domain.Plans;
using StatusBot.Import.Structure;
using StatusBot.Import.Text;

namespace StatusBot.Import;

/// <summary>
/// Reads the text that the city's planning system (ILS) exports for a verksamhetsplan or verksamhetsberättelse
/// (as in shared/seeds) into a <see cref="Plan"/>: clean the page furniture, read who/when/what, then the goal part.
/// </summary>
internal static partial class PlanTextImporter
{
    [GeneratedRegex(@"\bx{3,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DraftPlaceholder();

    public static ImportResult Import(string text, string sourceName, ImportOptions? options = null)
    {
        options ??= ImportOptions.None;
        var raw = SourceReader.Read(text, sourceName);
        if (!raw.Any(l => GoalHeading.IsHeading(l.Raw) && !SectionMarkers.IsTableOfContentsEntry(l.Raw)))
            throw new ImportException(sourceName, raw.Count,
                "Hittade inga målrubriker (\"KF:s inriktningsmål:\", \"KF:s mål för verksamhetsområdet:\", \"Nämndmål:\"). Filen är inte en verksamhetsplan eller verksamhetsberättelse exporterad från ILS.");

        var warnings = new List<string>();
        var facts = DocumentFactsReader.Read(raw);
        var plan = CreatePlan(facts, options, sourceName, warnings);

        var lines = PageFurnitureRemover.Remove(raw);
        var vocabulary = new Vocabulary(lines);
        var parser = new GoalDocumentParser(lines, vocabulary, plan, (line, message) => warnings.Add(Warning(line, message)));
        parser.Parse();
        if (plan.Goals.Count == 0)
            throw new ImportException(sourceName, raw.Count, "Dokumentet innehåller inga mål efter innehållsförteckningen.");

        if (parser.GoalPart is { } part)
        {
            foreach (var line in lines.Where(l => l.Number >= part.First && l.Number <= part.Last && DraftPlaceholder().IsMatch(l.Raw)))
                warnings.Add(Warning(line.Number, $"Utkasttext kvar i dokumentet: \"{line.Text}\". Den har importerats som den står."));
        }
        plan.Warnings.AddRange(warnings.Distinct());
        var account = parser.Ledger.Settle(raw);
        plan.ImportGaps.AddRange(account.Unclear);
        return new ImportResult(plan, account) { Rows = parser.Ledger.Rows };
    }

    private static Plan CreatePlan(DocumentFacts facts, ImportOptions options, string sourceName, List<string> warnings)
    {
        var organisation = Pick(options.Organisation, facts.Organisation, facts.OrganisationLine, "organisation", warnings)
            ?? throw new ImportException(sourceName, 1,
                "Dokumentet anger inte vilken nämnd eller enhet det gäller. Ange organisationen vid importen (t.ex. --organisation \"Hägersten-Älvsjö stadsdelsnämnd\").");
        // A unit plan filed under its nämnd's name would overwrite the nämnd's own plan (same id).
        if (options.Organisation is null && facts.IsUnitPlan && !facts.OrganisationIsUnit)
            throw new ImportException(sourceName, facts.OrganisationLine ?? 1,
                "Dokumentet har enhetsmål och är alltså en enhets verksamhetsplan, men enhetens namn framgår inte. Ange enheten vid importen (t.ex. --organisation \"Stöd- och aktivitetsenheten\").");
        var year = Pick(options.Year, facts.Year, facts.YearLine, "år", warnings)
            ?? throw new ImportException(sourceName, 1, "Dokumentet anger inte vilket år det gäller. Ange året vid importen (t.ex. --year 2024).");
        var document = Pick(options.Document, facts.Document, facts.DocumentLine, "dokumenttyp", warnings)
            ?? throw new ImportException(sourceName, 1,
                "Det går inte att avgöra om dokumentet är en verksamhetsplan eller en verksamhetsberättelse. Ange dokumenttypen vid importen.");
        if (year is < 2000 or > 2100)
            throw new ImportException(sourceName, facts.YearLine ?? 1, $"Året {year.ToString(CultureInfo.InvariantCulture)} är orimligt för en verksamhetsplan.");

        return new Plan(organisation, year, document)
        {
            Source = sourceName,
            ParentOrganisation = options.ParentOrganisation ?? facts.ParentOrganisation,
        };
    }

    /// <summary>The caller's value wins; a different value in the document is worth a warning.</summary>
    private static string? Pick(string? given, string? read, int? line, string what, List<string> warnings)
    {
        if (given is null) return read;
        if (read is not null && !string.Equals(given.Trim(), read, StringComparison.OrdinalIgnoreCase))
            warnings.Add(Warning(line ?? 1, $"Dokumentet anger {what} \"{read}\", men \"{given}\" angavs vid importen och används."));
        return given;
    }

    private static T? Pick<T>(T? given, T? read, int? line, string what, List<string> warnings) where T : struct
    {
        if (given is null) return read;
        if (read is not null && !EqualityComparer<T>.Default.Equals(given.Value, read.Value))
            warnings.Add(Warning(line ?? 1, $"Dokumentet anger {what} \"{read}\", men \"{given}\" angavs vid importen och används."));
        return given;
    }

    private static string Warning(int line, string message) => $"rad {line.ToString(CultureInfo.InvariantCulture)}: {message}";
}
