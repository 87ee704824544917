using System.Text;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Import;
using StatusBot.Import.Accounting;
using StatusBot.Import.Json;

namespace StatusBot.Plans;

/// <summary>
/// Reads documents (ILS text, PDF or the store's own JSON export) and saves them in one transaction:
/// either every file is read and saved, or the store is left exactly as it was.
/// </summary>
public sealed class PlanImport(IGoalStore store)
{
    /// <param name="acceptGaps">Save plans whose tables have unclear lines (they are listed); without it such an import is refused.</param>
    public async Task<int> ImportFilesAsync(IReadOnlyList<string> files, ImportOptions options, TextWriter output, TextWriter errors, CancellationToken ct, bool acceptGaps = false)
    {
        var results = new List<ImportResult>();
        foreach (var file in files)
        {
            try
            {
                results.AddRange(ReadDocuments(file, options));
            }
            catch (ImportException e)
            {
                await errors.WriteLineAsync($"Fel i {e.Message}");
                await errors.WriteLineAsync("Inget lästes in; målförrådet är oförändrat.");
                return Cli.ExitCodes.BadInput;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await errors.WriteLineAsync($"Kan inte läsa {file}: {e.Message}");
                await errors.WriteLineAsync("Inget lästes in; målförrådet är oförändrat.");
                return Cli.ExitCodes.BadInput;
            }
        }

        // Two copies of one plan would overwrite each other; which one is meant is for the coordinator to say.
        if (results.GroupBy(r => r.Plan.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            var plan = twice.First().Plan;
            await errors.WriteLineAsync(
                $"Samma plan finns två gånger i importen ({plan.Organisation}, {plan.Document.DisplayName().ToLowerInvariant()} {plan.Year}: " +
                $"{string.Join(" och ", twice.Select(r => r.Plan.Source ?? "?"))}). Importera bara den ena.");
            await errors.WriteLineAsync("Inget lästes in; målförrådet är oförändrat.");
            return Cli.ExitCodes.BadInput;
        }

        var gaps = results.Where(r => r.Tables.HasGaps).ToList();
        if (gaps.Count > 0 && !acceptGaps)
        {
            foreach (var result in gaps)
            {
                await errors.WriteLineAsync($"{result.Plan.Source}: {result.Tables.Summary}");
                foreach (var line in result.Tables.Unclear) await errors.WriteLineAsync($"  Oklar: {line}");
            }
            await errors.WriteLineAsync("Rader i tabellerna kunde inte tolkas, så indikatorer eller aktiviteter kan saknas. Rätta dokumentet, " +
                                        "eller importera med --accept-gaps för att spara ändå (luckorna visas då för samordnarna).");
            await errors.WriteLineAsync("Inget lästes in; målförrådet är oförändrat.");
            return Cli.ExitCodes.BadInput;
        }

        var plans = results.Select(r => r.Plan).ToList();
        var saved = await store.SavePlansAsync(plans, ct);
        foreach (var (result, plan) in results.Zip(saved.Plans))
        {
            await output.WriteLineAsync(
                $"{(plan.Created ? "Ny" : "Uppdaterad")}: {result.Plan.Organisation}, {result.Plan.Document.DisplayName().ToLowerInvariant()} {result.Plan.Year} " +
                $"({plan.Goals} mål, {plan.Indicators} indikatorer, {plan.Activities} aktiviteter) från {result.Plan.Source}");
            if (result.Tables.Lines > 0) await output.WriteLineAsync($"  {result.Tables.Summary}");
            else if (result.Plan.ImportGaps.Count > 0)
                await output.WriteLineAsync($"  {result.Plan.ImportGaps.Count} importluckor från dokumentets import följer med planen.");
            foreach (var line in result.Tables.Unclear) await output.WriteLineAsync($"  Oklar: {line}");
            foreach (var warning in result.Plan.Warnings)
                await output.WriteLineAsync($"  Obs: {warning}");
        }
        return Cli.ExitCodes.Ok;
    }

    /// <summary>One file → its plans. JSON is recognised by content, PDF by its header, anything else is text.</summary>
    public static IReadOnlyList<Plan> Read(string file, ImportOptions options) => [.. ReadDocuments(file, options).Select(r => r.Plan)];

    /// <summary>One file → its plans with the account of their table lines (none for the JSON export, which has no tables).</summary>
    public static IReadOnlyList<ImportResult> ReadDocuments(string file, ImportOptions options)
    {
        if (!File.Exists(file)) throw new ImportException(file, 1, "Filen finns inte.");
        if (LooksLikeJson(file))
        {
            var bytes = BoundedFileReader.ReadAllBytes(file, options.MaxFileBytes);
            try
            {
                return [.. StoreJsonReader.Parse(bytes).Select(p => new ImportResult(p, TableLineAccount.None))];
            }
            catch (StoreJsonException e)
            {
                throw new ImportException(file, (int)(e.Line ?? 1), e.Message);
            }
        }
        return [DocumentImporter.ReadFile(file, options)];
    }

    private static bool LooksLikeJson(string file)
    {
        using var stream = File.OpenRead(file);
        Span<byte> head = stackalloc byte[64];
        var n = stream.Read(head);
        var text = Encoding.UTF8.GetString(head[..n]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('{');
    }
}
