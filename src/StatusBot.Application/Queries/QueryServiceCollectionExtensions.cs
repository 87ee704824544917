using Microsoft.Extensions.DependencyInjection.Extensions;
using StatusBot.Application.Conversation;

namespace StatusBot.Application.Queries;

public static class QueryServiceCollectionExtensions
{
    /// <summary>Registers <see cref="GoalQueries"/> on top of the conversation (registered here when it is not yet).</summary>
    public static IServiceCollection AddGoalQueries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConversation(configuration);
        services.TryAddSingleton<GoalQueries>();
        return services;
    }
}
