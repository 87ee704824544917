using System.Text;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Import;
using StatusBot.Import.Json;

namespace StatusBot.Plans;

/// <summary>
/// Reads documents (ILS text, PDF or the store's own JSON export) and saves them in one transaction:
/// either every file is read and saved, or the store is left exactly as it was.
/// </summary>
public sealed class PlanImport(IGoalStore store)
{
    public async Task<int> ImportFilesAsync(IReadOnlyList<string> files, ImportOptions options, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        var plans = new List<Plan>();
        foreach (var file in files)
        {
            try
            {
                plans.AddRange(Read(file, options));
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

        var result = await store.SavePlansAsync(plans, ct);
        foreach (var (plan, saved) in plans.Zip(result.Plans))
        {
            await output.WriteLineAsync(
                $"{(saved.Created ? "Ny" : "Uppdaterad")}: {plan.Organisation}, {plan.Document.DisplayName().ToLowerInvariant()} {plan.Year} " +
                $"({saved.Goals} mål, {saved.Indicators} indikatorer, {saved.Activities} aktiviteter) från {plan.Source}");
            foreach (var warning in plan.Warnings)
                await output.WriteLineAsync($"  Obs: {warning}");
        }
        return Cli.ExitCodes.Ok;
    }

    /// <summary>One file → its plans. JSON is recognised by content, PDF by its header, anything else is text.</summary>
    public static IReadOnlyList<Plan> Read(string file, ImportOptions options)
    {
        if (!File.Exists(file)) throw new ImportException(file, 1, "Filen finns inte.");
        if (LooksLikeJson(file))
        {
            try
            {
                using var stream = File.OpenRead(file);
                return StoreJsonReader.Read(stream);
            }
            catch (StoreJsonException e)
            {
                throw new ImportException(file, (int)(e.Line ?? 1), e.Message);
            }
        }
        return [DocumentImporter.ImportFile(file, options)];
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
