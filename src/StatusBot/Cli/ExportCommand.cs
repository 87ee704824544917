using System.CommandLine;
using StatusBot.Import.Json;

namespace StatusBot.Cli;

/// <summary>
/// <c>export [--format json|md|docx] [--period T1|T2|VB] [--year YYYY] [--organisation NAME] [--output FILE] [--store S]</c>:
/// json is the documented contract in docs/export-format.md; md and docx are one period's follow-up report.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var store = CommonOptions.Store();
        var format = new Option<string>("--format") { Description = "Format: json (hela förrådet), md eller docx (en periods uppföljning).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "md", "docx");
        var file = new Option<string?>("--output", "-o") { Description = "Skriv till filen i stället för standard ut (krävs för docx)." };
        var period = new Option<string?>("--period") { Description = "T1, T2 eller VB (krävs för md och docx)." };
        var year = new Option<int?>("--year") { Description = "År, t.ex. 2026 (krävs för md och docx)." };
        var organisation = new Option<string?>("--organisation") { Description = "Bara denna nämnd eller enhet (md och docx)." };
        var command = new Command("export", "Skriv ut målförrådets innehåll, eller en periods uppföljning som Markdown eller Word.")
        {
            store, format, file, period, year, organisation,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(format) is "md" or "docx")
            {
                var request = new ReportExport.Request(
                    parse.GetValue(format)!, parse.GetValue(period), parse.GetValue(year), parse.GetValue(organisation),
                    parse.GetValue(file), parse.GetValue(store));
                return await ReportExport.RunAsync(request, output, errors, ct);
            }
            if (parse.GetValue(period) is not null || parse.GetValue(year) is not null || parse.GetValue(organisation) is not null)
            {
                await errors.WriteLineAsync("--period, --year och --organisation gäller bara --format md och docx; json skriver hela förrådet.");
                return ExitCodes.Usage;
            }
            return await WriteJsonAsync(parse.GetValue(store), parse.GetValue(file), output, errors, ct);
        });
        return command;
    }

    private static async Task<int> WriteJsonAsync(string? store, string? path, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        if ((StoreOpener.MissingStoreMessage(store) ?? OutputFile.Problem(path)) is { } problem)
        {
            await errors.WriteLineAsync(problem);
            return ExitCodes.BadInput;
        }
        await using var goals = await StoreOpener.OpenAsync(store, ct);
        var plans = await goals.GetAllPlansAsync(ct);
        if (path is not null)
        {
            try
            {
                await using var stream = File.Create(path);
                StoreJsonWriter.Write(stream, plans);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await errors.WriteLineAsync(OutputFile.CouldNotWrite(path, e));
                return ExitCodes.BadInput;
            }
        }
        else
        {
            using var buffer = new MemoryStream();
            StoreJsonWriter.Write(buffer, plans);
            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            await output.WriteLineAsync();
        }
        return ExitCodes.Ok;
    }
}
