using StatusBot.Domain.Language;
using System.CommandLine;
using System.Text;
using StatusBot.Domain.People;
using StatusBot.Domain.Store;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Cli;

/// <summary>
/// <c>people import FILE.csv [--store S]</c>: who answers for which goal. A command of its own rather than another
/// format of <c>import</c>, because it replaces people (not documents) and is validated against plans already stored.
/// </summary>
internal static class PeopleCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var file = new Argument<string>("FILE") { Description = "CSV med kolumnerna organisation;year;goal;upn;role (se docs/people.md)." };
        var store = CommonOptions.Store();
        var import = new Command("import", "Läs in vem som ansvarar för vilka mål; ersätter tidigare ansvar för varje organisation och år i filen.") { file, store };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await errors.WriteLineAsync($"Filen {path} finns inte.");
                return ExitCodes.BadInput;
            }
            await using var goals = await StoreOpener.OpenAsync(parse.GetValue(store), ct);
            if (goals is not IResponsibilityStore responsibilities)
            {
                await errors.WriteLineAsync("Målförrådet kan inte lagra ansvar.");
                return ExitCodes.BadInput;
            }
            // UTF-8 with or without BOM; the reader drops the BOM itself.
            using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            var outcome = await new ResponsibilityImport(goals, responsibilities).ImportAsync(reader, ct);
            if (!outcome.Succeeded)
            {
                foreach (var error in outcome.Errors) await errors.WriteLineAsync(error);
                await errors.WriteLineAsync("Ingenting har lästs in; rätta raderna ovan och försök igen.");
                return ExitCodes.BadInput;
            }
            foreach (var (organisation, year, list) in outcome.Replaced)
                await output.WriteLineAsync($"{organisation} {year}: {Summary(list)} (ersatte tidigare ansvar).");
            return ExitCodes.Ok;
        });
        return new Command("people", "Ansvariga, delegater och samordnare.") { import };
    }

    private static string Summary(IReadOnlyList<Responsibility> list) =>
        $"{SwedishCount.Of(list.Count(r => r.Role == ResponsibilityRole.Ansvarig), "ansvarig", "ansvariga")}, " +
        $"{SwedishCount.Of(list.Count(r => r.Role == ResponsibilityRole.Delegate), "delegat", "delegater")}, " +
        $"{list.Count(r => r.Role == ResponsibilityRole.Coordinator)} samordnare";
}
