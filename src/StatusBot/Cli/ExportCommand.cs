using System.CommandLine;
using StatusBot.Import.Json;

namespace StatusBot.Cli;

/// <summary><c>export --format json [--store S] [--output FILE]</c>: the documented contract in docs/export-format.md.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var store = CommonOptions.Store();
        var format = new Option<string>("--format") { Description = "Format: json.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var file = new Option<string?>("--output", "-o") { Description = "Skriv till filen i stället för standard ut." };
        var command = new Command("export", "Skriv ut målförrådets innehåll.") { store, format, file };
        command.SetAction(async (parse, ct) =>
        {
            await using var goals = await StoreOpener.OpenAsync(parse.GetValue(store), ct);
            var plans = await goals.GetAllPlansAsync(ct);
            if (parse.GetValue(file) is { } path)
            {
                await using var stream = File.Create(path);
                StoreJsonWriter.Write(stream, plans);
            }
            else
            {
                using var buffer = new MemoryStream();
                StoreJsonWriter.Write(buffer, plans);
                await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                await output.WriteLineAsync();
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
