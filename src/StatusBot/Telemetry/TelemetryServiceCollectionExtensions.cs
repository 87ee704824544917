using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using StatusBot.BotFramework;
using StatusBot.Teams.Telemetry;

namespace StatusBot.Telemetry;

/// <summary>OpenTelemetry for the app: our source and meter, ASP.NET Core and HttpClient, Azure Monitor when configured.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The App Service setting that turns export to Application Insights on (docs/deploy.md).</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IServiceCollection AddStatusBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<StatusBotTelemetry>();
        services.AddTransient<ConnectorTelemetryHandler>();
        // Appended after the protocol layer's handlers, so it is the innermost one and sees every retry attempt.
        services.AddHttpClient(BotFrameworkHttpClients.Connector).AddHttpMessageHandler<ConnectorTelemetryHandler>();

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(StatusBotTelemetry.Name))
            .WithTracing(t => t.AddSource(StatusBotTelemetry.Name))
            .WithMetrics(m => m.AddMeter(StatusBotTelemetry.Name));

        if (configuration[ConnectionStringKey] is { Length: > 0 } connectionString)
        {
            // The distro brings ASP.NET Core and HttpClient instrumentation itself; adding them again would double spans.
            otel.UseAzureMonitor(o => o.ConnectionString = connectionString);
        }
        else
        {
            otel.WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        }
        // Probes every few seconds would drown the real requests in Application Insights.
        services.Configure<OpenTelemetry.Instrumentation.AspNetCore.AspNetCoreTraceInstrumentationOptions>(ExcludeProbes);
        return services;
    }

    private static void ExcludeProbes(OpenTelemetry.Instrumentation.AspNetCore.AspNetCoreTraceInstrumentationOptions options) =>
        options.Filter = http => !http.Request.Path.StartsWithSegments("/healthz") && !http.Request.Path.StartsWithSegments("/readyz");
}
