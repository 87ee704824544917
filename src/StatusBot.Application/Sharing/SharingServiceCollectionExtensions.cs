using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StatusBot.Application.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>Goal links, the compose-box search and who reports a goal; needs <c>AddConversation</c>.</summary>
    public static IServiceCollection AddGoalSharing(this IServiceCollection services)
    {
        services.TryAddSingleton<GoalLinks>();
        services.TryAddSingleton<GoalReporters>();
        services.TryAddSingleton<ComposeSearch>();
        return services;
    }
}
