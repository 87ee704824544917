using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StatusBot.Domain.Store;
using StatusBot.Application.Reminders;
using StatusBot.Teams.Reminders;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers Graph (IPeopleDirectory, IAppInstaller, the background resolution) when <c>Graph:Enabled</c> is
    /// true; otherwise nothing, and callers must cope without (no managers, no installation).
    /// </summary>
    public static IServiceCollection AddStatusBotGraph(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphOptions.SectionName);
        if (!section.GetValue<bool>(nameof(GraphOptions.Enabled))) return services;

        services.Configure<GraphOptions>(section);
        services.AddMemoryCache();
        services.TryAddSingleton<IGraphGateway>(sp => new GraphSdkGateway(GraphClients.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value)));
        services.AddSingleton<IPeopleDirectory>(sp => ActivatorUtilities.CreateInstance<GraphPeopleDirectory>(sp,
            sp.GetRequiredService<IGoalStore>() is IResponsibilityStore store ? [store] : []));
        services.AddSingleton<IAppInstaller, GraphAppInstaller>();
        // Registered before AddReminderPlanning, whose TryAdd falls back to "no managers known".
        services.AddSingleton<IManagerDirectory, GraphManagerDirectory>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PeopleResolutionService>(sp,
            (IResponsibilityStore)sp.GetRequiredService<IGoalStore>()));
        services.AddHostedService(sp => sp.GetRequiredService<PeopleResolutionService>());
        return services;
    }
}
