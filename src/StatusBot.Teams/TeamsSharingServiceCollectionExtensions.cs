using StatusBot.Application.Sharing;
using StatusBot.Teams.Links;
using StatusBot.Teams.Cards;
using StatusBot.Teams.MessageExtension;
using StatusBot.Teams.Sharing;

namespace StatusBot.Teams;

/// <summary>At the project's root because it wires several folders together (no folder may import its importers).</summary>
public static class TeamsSharingServiceCollectionExtensions
{
    /// <summary>The shared-conversation surfaces: live cards, the compose-box search and link unfurling.</summary>
    public static IServiceCollection AddTeamsSharing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGoalSharing();
        services.Configure<GoalLinkOptions>(configuration.GetSection(GoalLinkOptions.SectionName));
        services.AddSingleton<StatusCardViews>();
        services.AddSingleton<SharedStatusCards>();
        services.AddSingleton<SharedCardActions>();
        services.AddSingleton<ComposeSearchInvoke>();
        services.AddSingleton<LinkUnfurlInvoke>();
        return services;
    }
}
