using Microsoft.Extensions.DependencyInjection.Extensions;
using StatusBot.BotFramework.Hosting;
using StatusBot.Domain.Store;

namespace StatusBot.Reminders.Delivery;

public static class ReminderDeliveryServiceCollectionExtensions
{
    /// <summary>
    /// The outbox and conversation-reference ports on the goal store, the sink that remembers personal conversations
    /// (call BEFORE AddBotFramework, which otherwise registers a no-op sink), and the dispatcher when Reminders:Enabled.
    /// </summary>
    public static IServiceCollection AddReminderDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderDeliveryOptions>().Bind(configuration.GetSection(ReminderDeliveryOptions.SectionName));
        services.TryAddSingleton<IReminderOutbox>(sp => sp.GetRequiredService<IGoalStore>() as IReminderOutbox
            ?? throw new InvalidOperationException("The configured store has no reminder outbox (IReminderOutbox)."));
        services.TryAddSingleton<IConversationReferenceStore>(sp => sp.GetRequiredService<IGoalStore>() as IConversationReferenceStore
            ?? throw new InvalidOperationException("The configured store keeps no conversation references (IConversationReferenceStore)."));
        services.AddSingleton<IConversationReferenceSink, StoreConversationReferenceSink>();
        if (configuration.GetValue($"{ReminderDeliveryOptions.SectionName}:Enabled", false))
        {
            services.AddSingleton<ReminderDispatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<ReminderDispatcher>());
        }
        return services;
    }
}
