using System.CommandLine;
using StatusBot.Domain.Plans;
using StatusBot.Import;
using StatusBot.Application.Plans;

namespace StatusBot.Cli;

/// <summary><c>import FILE... [--store S] [--organisation NAME] [--year YYYY] [--document vp|vb] [--accept-gaps] [--max-mb N]</c>.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Dokument att läsa in: text (.txt), PDF eller StatusBots JSON-export." };
        var store = CommonOptions.Store();
        var organisation = new Option<string?>("--organisation") { Description = "Nämnd eller enhet, om dokumentet inte själv anger den." };
        var year = new Option<int?>("--year") { Description = "År, om dokumentet inte själv anger det." };
        var document = new Option<string?>("--document") { Description = "verksamhetsplan (vp) eller verksamhetsberattelse (vb), om dokumentet inte själv anger det." };
        var acceptGaps = new Option<bool>("--accept-gaps") { Description = "Spara även om rader i tabellerna inte kunde tolkas; luckorna listas och visas för samordnarna." };
        var maxMegabytes = new Option<int?>("--max-mb") { Description = $"Största filstorlek i MB (standard {ImportOptions.DefaultMaxFileBytes / (1024 * 1024)})." };
        var command = new Command("import", "Läs in verksamhetsplaner och verksamhetsberättelser i målförrådet.") { files, store, organisation, year, document, acceptGaps, maxMegabytes };
        command.SetAction(async (parse, ct) =>
        {
            DocumentKind? kind;
            try
            {
                kind = parse.GetValue(document) is { } d ? DocumentKinds.Parse(d) : null;
            }
            catch (FormatException e)
            {
                await errors.WriteLineAsync(e.Message);
                return ExitCodes.Usage;
            }
            // Responsibilities have their own command; say so rather than fail to read the CSV as a plan.
            if (parse.GetValue(files)!.FirstOrDefault(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) is { } csv)
            {
                await errors.WriteLineAsync($"{csv} ser ut som en ansvarslista; läs in den med 'statusbot people import {csv}'.");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(maxMegabytes) is <= 0)
            {
                await errors.WriteLineAsync("--max-mb måste vara ett positivt antal megabyte.");
                return ExitCodes.Usage;
            }
            var options = new ImportOptions
            {
                Organisation = parse.GetValue(organisation),
                Year = parse.GetValue(year),
                Document = kind,
                MaxFileBytes = parse.GetValue(maxMegabytes) is { } mb ? mb * 1024L * 1024L : ImportOptions.DefaultMaxFileBytes,
            };
            await using var goals = await StoreOpener.OpenAsync(parse.GetValue(store), ct);
            var result = await new PlanImport(goals).ImportFilesAsync(parse.GetValue(files)!, options, ct, parse.GetValue(acceptGaps));
            return await ImportReport.WriteAsync(result, output, errors);
        });
        return command;
    }
}
