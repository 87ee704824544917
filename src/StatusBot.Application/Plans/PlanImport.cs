using System.Text;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Import;
using StatusBot.Import.Json;

namespace StatusBot.Application.Plans;

/// <summary>
/// Reads documents (ILS text, PDF or the store's own JSON export) and saves them in one transaction:
/// either every file is read and saved, or the store is left exactly as it was. Answers with what was saved;
/// the command line prints it.
/// </summary>
public sealed class PlanImport(IGoalStore store)
{
    /// <summary>Reads every file, then saves all plans in one transaction; a file that cannot be read saves nothing.</summary>
    public async Task<PlanImportResult> ImportFilesAsync(IReadOnlyList<string> files, ImportOptions options, CancellationToken ct)
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
                return new PlanImportRefused($"Fel i {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new PlanImportRefused($"Kan inte läsa {file}: {e.Message}");
            }
        }

        var result = await store.SavePlansAsync(plans, ct);
        return new PlansImported([.. plans.Zip(result.Plans, (plan, saved) => new ImportedPlan(plan, saved))]);
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
