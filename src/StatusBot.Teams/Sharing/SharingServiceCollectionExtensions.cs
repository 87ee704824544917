using StatusBot.Application.Sharing;
using StatusBot.Teams.Links;
using StatusBot.Teams.MessageExtension;

namespace StatusBot.Teams.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>The shared-conversation surfaces: live cards, the compose-box search and link unfurling.</summary>
    public static IServiceCollection AddTeamsSharing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGoalSharing();
        services.Configure<GoalLinkOptions>(configuration.GetSection(GoalLinkOptions.SectionName));
        services.AddSingleton<SharedStatusCards>();
        services.AddSingleton<SharedCardActions>();
        services.AddSingleton<ComposeSearchInvoke>();
        services.AddSingleton<LinkUnfurlInvoke>();
        return services;
    }
}
