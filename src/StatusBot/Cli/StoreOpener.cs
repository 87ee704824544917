using StatusBot.Domain.Store;
using StatusBot.Storage;

namespace StatusBot.Cli;

/// <summary>Opens and migrates the store named by --store, the STATUSBOT_STORE variable, or the default file.</summary>
internal static class StoreOpener
{
    /// <summary>For commands that write (import, people import): a SQLite file that is not there is created.</summary>
    public static async Task<IGoalStore> OpenAsync(string? store, CancellationToken ct)
    {
        var goals = GoalStoreFactory.Open(StoreSettings.Resolve(store), options: StoreSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build()));
        await goals.MigrateAsync(ct);
        return goals;
    }

    /// <summary>
    /// For commands that only read (ask, export, remind --dry-run): opening a SQLite file that is not there would
    /// create an empty store and answer from nothing, so a typo in --store is refused with this message instead.
    /// </summary>
    public static string? MissingStoreMessage(string? store)
    {
        var path = StoreSettings.Resolve(store);
        if (GoalStoreFactory.Detect(path) != GoalStoreKind.Sqlite || File.Exists(SqlitePath(path))) return null;
        return $"Målförrådet {Path.GetFullPath(SqlitePath(path))} finns inte. Ange det med --store (eller STATUSBOT_STORE), " +
               "eller läs in planer först med statusbot import.";
    }

    /// <summary>The file of a SQLite store given as a path or as "Data Source=…".</summary>
    private static string SqlitePath(string store)
    {
        var text = store.Trim();
        const string dataSource = "Data Source=";
        if (!text.StartsWith(dataSource, StringComparison.OrdinalIgnoreCase)) return text;
        return text[dataSource.Length..].Split(';')[0].Trim();
    }
}
