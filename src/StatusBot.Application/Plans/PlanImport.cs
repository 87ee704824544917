using System.Text;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Import;
using StatusBot.Import.Accounting;
using StatusBot.Import.Json;

namespace StatusBot.Application.Plans;

/// <summary>
/// Reads documents (ILS text, PDF or the store's own JSON export) and saves them in one transaction:
/// either every file is read and saved, or the store is left exactly as it was. Answers with what was saved, or
/// why nothing was; the command line prints it.
/// </summary>
public sealed class PlanImport(IGoalStore store)
{
    /// <param name="acceptGaps">Save plans whose tables have unclear lines (they are stored with the plan); without it such an import is refused.</param>
    public async Task<PlanImportResult> ImportFilesAsync(IReadOnlyList<string> files, ImportOptions options, CancellationToken ct, bool acceptGaps = false)
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
                return new PlanImportRefused($"Fel i {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new PlanImportRefused($"Kan inte läsa {file}: {e.Message}");
            }
        }

        // Two copies of one plan would overwrite each other; which one is meant is for the coordinator to say.
        if (results.GroupBy(r => r.Plan.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            var plan = twice.First().Plan;
            return new PlanImportRefused(
                $"Samma plan finns två gånger i importen ({plan.Organisation}, {plan.Document.DisplayName().ToLowerInvariant()} {plan.Year}: " +
                $"{string.Join(" och ", twice.Select(r => r.Plan.Source ?? "?"))}). Importera bara den ena.");
        }

        var gaps = results.Where(r => r.Tables.HasGaps).ToList();
        if (gaps.Count > 0 && !acceptGaps) return new PlanImportHasGaps(gaps);

        var saved = await store.SavePlansAsync([.. results.Select(r => r.Plan)], ct);
        return new PlansImported([.. results.Zip(saved.Plans, (result, outcome) => new ImportedPlan(result.Plan, outcome, result.Tables))]);
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
