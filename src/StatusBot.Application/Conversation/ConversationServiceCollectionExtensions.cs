using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StatusBot.Application.Conversation.Context;
using StatusBot.Application.Conversation.Organisations;
using StatusBot.Application.Responsibilities;
using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the conversation: the index holder (fill it with <see cref="GoalIndexHolder.Replace"/> after
    /// loading plans from the store), configuration-bound organisation and responsibility lookups, and the service.
    /// </summary>
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConversationOptions>(configuration.GetSection(ConversationOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GoalIndexHolder>();
        services.TryAddSingleton<IGoalIndexSource>(sp => sp.GetRequiredService<GoalIndexHolder>());
        services.TryAddSingleton<IOrganisationResolver, ConfiguredOrganisationResolver>();
        services.TryAddSingleton<IResponsibilityDirectory>(_ => new ConfiguredResponsibilityDirectory(configuration));
        services.TryAddSingleton<GoalOwnership>();
        services.TryAddSingleton(sp => new ConversationMemory(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ConversationService>();
        return services;
    }
}
