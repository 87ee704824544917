using Microsoft.Extensions.Options;
using StatusBot.Teams.Bot;
using StatusBot.BotFramework;
using StatusBot.BotFramework.Hosting;
using StatusBot.Application.Conversation;
using StatusBot.Application.Responsibilities;
using StatusBot.Demo;
using StatusBot.Graph;
using StatusBot.Application.Outcomes;
using StatusBot.Domain.Store;
using StatusBot.Application.Plans;
using StatusBot.Teams.Reminders;
using StatusBot.Application.Reminders;
using StatusBot.Storage;
using StatusBot.Telemetry;
using StatusBot.Application.ReadModel;
using StatusBot.Mcp;
using StatusBot.Links;
using StatusBot.Teams;

namespace StatusBot.Hosting;

/// <summary>The ASP.NET Core host: the bot endpoint, health endpoints, the store and the conversation.</summary>
public static class BotHost
{
    public const string ShutdownTimeoutKey = "Hosting:ShutdownTimeoutSeconds";
    public const int DefaultShutdownTimeoutSeconds = 20;

    /// <summary>Builds the app. <paramref name="store"/> overrides configuration key <c>Store</c>.</summary>
    public static WebApplication Build(string[] args, string? store = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (store is not null) builder.Configuration["Store"] = store;
        // Logs are diagnostics: standard error, so standard output carries only answers (ask --format json > file).
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // The demo answers for one nämnd unless an operator chose a default organisation.
        if (builder.Configuration.GetValue("Demo:Enabled", true) && string.IsNullOrWhiteSpace(builder.Configuration["Conversation:DefaultOrganisation"]))
            builder.Configuration["Conversation:DefaultOrganisation"] = builder.Configuration["Demo:DefaultOrganisation"];
        AddStatusBot(builder.Services, builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapBotFramework("/api/messages");
        app.MapStatusBotMcp(); // /mcp for Microsoft 365 Copilot (docs/copilot.md)
        app.MapGoalPages(); // /mal/… for browsers and link unfurling (docs/teams-surfaces.md)
        return app;
    }

    public static IServiceCollection AddStatusBot(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddGoalStore(configuration);
        services.AddSingleton<OutcomeAuthorisation>();
        services.AddSingleton<OutcomeFlow>();
        services.AddSingleton<OutcomeCards>();
        services.AddSingleton(_ => DemoResponsibilities.Directory(configuration));
        // Configured (or demo) responsibilities merged with imported ones; before AddConversation, which only tries.
        services.AddSingleton(sp => new StoredResponsibilityDirectory(sp.GetRequiredService<ConfiguredResponsibilityDirectory>(),
            sp.GetRequiredService<IResponsibilityStore>(), sp.GetRequiredService<ILogger<StoredResponsibilityDirectory>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IResponsibilityDirectory>(sp => sp.GetRequiredService<StoredResponsibilityDirectory>());
        services.AddHostedService(sp => sp.GetRequiredService<StoredResponsibilityDirectory>());
        services.AddConversation(configuration);
        services.AddSingleton<StatusCardCache>();
        services.AddSingleton<AnswerCards>();
        services.AddSingleton<StatusBotResponder>();
        services.AddTeamsSharing(configuration);
        services.AddSingleton<PlanCatalog>();
        services.AddHostedService(sp => sp.GetRequiredService<PlanCatalog>());
        services.AddReminderDelivery(configuration); // its conversation-reference sink must precede AddBotFramework
        services.AddBotFramework(configuration);
        // No app id = local development with the Agents Playground, whose connector lives on loopback.
        services.PostConfigure<BotOptions>(o => o.AllowLoopbackServiceUrls |= string.IsNullOrWhiteSpace(o.AppId));
        services.AddScoped<IActivityHandler, StatusBotActivityHandler>();
        services.AddStatusBotMcp(configuration);
        services.AddStatusBotTelemetry(configuration);
        services.AddStatusBotGraph(configuration); // only when Graph:Enabled
        services.AddReminderPlanning(configuration); // the scheduler only when Reminders:Enabled
        // Stopping waits this long for in-flight turns (and their replies to the connector) before it aborts them.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue(ShutdownTimeoutKey, DefaultShutdownTimeoutSeconds)));
        return services;
    }

    /// <summary>Migrates the store, seeds demo data into an empty store when enabled, and loads the goal index.</summary>
    /// <param name="seedDemo">False for read-only uses such as <c>ask</c>, which must never change the store.</param>
    public static async Task InitialiseAsync(WebApplication app, CancellationToken ct = default, bool seedDemo = true)
    {
        var store = app.Services.GetRequiredService<IGoalStore>();
        await store.MigrateAsync(ct);
        if (seedDemo && app.Configuration.GetValue("Demo:Enabled", true))
            await DemoSeeds.EnsureAsync(store, DemoSeeds.Locate(app.Configuration["Demo:Seeds"]), app.Logger, ct);
        await app.Services.GetRequiredService<PlanCatalog>().RefreshAsync(ct);
        await app.Services.GetRequiredService<StoredResponsibilityDirectory>().RefreshAsync(ct);
        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        app.Logger.LogInformation("StatusBot ready; store {StoreKind}, bot app id {AppIdState}",
            GoalStoreFactory.Detect(StoreSettings.Resolve(app.Configuration[StoreSettings.StoreKey])),
            string.IsNullOrWhiteSpace(bot.AppId) ? "not set (development mode)" : "set");
    }
}
