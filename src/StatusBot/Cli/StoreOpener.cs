using StatusBot.Domain.Store;
using StatusBot.Storage;

namespace StatusBot.Cli;

/// <summary>Opens and migrates the store named by --store, the STATUSBOT_STORE variable, or the default file.</summary>
internal static class StoreOpener
{
    public const string DefaultStore = "statusbot.db";

    public static string Resolve(string? store) =>
        !string.IsNullOrWhiteSpace(store) ? store
        : Environment.GetEnvironmentVariable("STATUSBOT_STORE") is { Length: > 0 } env ? env
        : DefaultStore;

    public static async Task<IGoalStore> OpenAsync(string? store, CancellationToken ct)
    {
        var goals = GoalStoreFactory.Open(Resolve(store), options: Hosting.StoreSettings.FromEnvironment());
        await goals.MigrateAsync(ct);
        return goals;
    }
}
