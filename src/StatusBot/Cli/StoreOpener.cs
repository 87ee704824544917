using StatusBot.Domain.Store;
using StatusBot.Storage;

namespace StatusBot.Cli;

/// <summary>Opens and migrates the store named by --store, the STATUSBOT_STORE variable, or the default file.</summary>
internal static class StoreOpener
{
    public static string Resolve(string? store) => StoreSettings.Resolve(store);

    public static async Task<IGoalStore> OpenAsync(string? store, CancellationToken ct)
    {
        var goals = GoalStoreFactory.Open(Resolve(store), options: StoreSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build()));
        await goals.MigrateAsync(ct);
        return goals;
    }
}
