using Microsoft.Extensions.DependencyInjection.Extensions;
using StatusBot.BotFramework.Hosting;

namespace StatusBot.Teams.Reminders;

public static class ReminderDeliveryServiceCollectionExtensions
{
    /// <summary>
    /// The sink that remembers personal conversations in the store's IConversationReferenceStore (registered by AddGoalStore)
    /// (call BEFORE AddBotFramework, which otherwise registers a no-op sink), and the dispatcher when Reminders:Enabled.
    /// </summary>
    public static IServiceCollection AddReminderDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderDeliveryOptions>().Bind(configuration.GetSection(ReminderDeliveryOptions.SectionName));
        services.AddSingleton<IConversationReferenceSink, StoreConversationReferenceSink>();
        if (configuration.GetValue($"{ReminderDeliveryOptions.SectionName}:Enabled", false))
        {
            services.AddSingleton<ReminderDispatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<ReminderDispatcher>());
        }
        return services;
    }
}
