using StatusBot.Domain.Store;
using StatusBot.Import;
using StatusBot.Application.Plans;

namespace StatusBot.Demo;

/// <summary>
/// Fills an empty store with the seed documents from ../shared/seeds so that a fresh `dotnet run` answers real
/// questions at once. Only ever touches an EMPTY store: a production store is never changed by this.
/// </summary>
public static class DemoSeeds
{
    /// <summary>The seeds folder: configured, else "shared/seeds" beside the repository that holds the running code.</summary>
    public static string? Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "seeds");
                if (File.Exists(Path.Combine(dir.FullName, "StatusBot.sln")) && Directory.Exists(candidate))
                    return Path.GetFullPath(candidate);
            }
        }
        return null;
    }

    /// <summary>Imports every seed when the store holds no plan; returns how many plans were imported.</summary>
    public static async Task<int> EnsureAsync(IGoalStore store, string? seedsFolder, ILogger logger, CancellationToken ct)
    {
        if ((await store.ListPlansAsync(ct)).Count > 0) return 0;
        if (seedsFolder is null)
        {
            logger.LogWarning("Demo data requested but no seeds folder was found; the store stays empty");
            return 0;
        }
        var plans = Directory.EnumerateFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => PlanImport.Read(f, new ImportOptions()))
            .ToList();
        await store.SavePlansAsync(plans, ct);
        logger.LogInformation("Demo data: imported {PlanCount} plans from {SeedsFolder}", plans.Count, seedsFolder);
        return plans.Count;
    }
}
