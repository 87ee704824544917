using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StatusBot.Domain.Store;
using StatusBot.Storage.Relational;

namespace StatusBot.Storage;

public static class GoalStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store chosen by configuration key <c>Store</c> (<see cref="StoreSettings"/>) once, as a singleton,
    /// under every port it serves: plans, outcomes, responsibilities, the reminder outbox and conversation references.
    /// Callers ask for the port they need; nobody casts one port to another.
    /// </summary>
    public static IServiceCollection AddGoalStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<RelationalGoalStore>(sp => GoalStoreFactory.OpenRelational(
            StoreSettings.Resolve(configuration[StoreSettings.StoreKey]), sp.GetService<TimeProvider>(), StoreSettings.From(configuration)));
        services.TryAddSingleton<IGoalStore>(sp => sp.GetRequiredService<RelationalGoalStore>());
        services.TryAddSingleton<IOutcomeStore>(sp => sp.GetRequiredService<RelationalGoalStore>());
        services.TryAddSingleton<IResponsibilityStore>(sp => sp.GetRequiredService<RelationalGoalStore>());
        services.TryAddSingleton<IReminderOutbox>(sp => sp.GetRequiredService<RelationalGoalStore>());
        services.TryAddSingleton<IConversationReferenceStore>(sp => sp.GetRequiredService<RelationalGoalStore>());
        return services;
    }
}
