using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StatusBot.Application.Queries;
using StatusBot.Mcp.Authentication;
using StatusBot.Mcp.Results;
using StatusBot.Mcp.Tools;

namespace StatusBot.Mcp;

/// <summary>Registers the MCP server and maps it at <see cref="Path"/> (Streamable HTTP).</summary>
public static class McpEndpoints
{
    public const string Path = "/mcp";

    /// <summary>
    /// The server, its tools and the caller authentication, over the application's <see cref="GoalQueries"/>; register
    /// the host's responsibility directory first. Bot:AppId and Bot:TenantId are the defaults for client id and tenant.
    /// </summary>
    public static IServiceCollection AddStatusBotMcp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<McpOptions>()
            .Bind(configuration.GetSection(McpOptions.SectionName))
            .PostConfigure(o =>
            {
                o.ClientId ??= configuration["Bot:AppId"] is { Length: > 0 } appId ? appId : null;
                o.TenantId ??= configuration["Bot:TenantId"] is { Length: > 0 } tenant ? tenant : null;
            });
        services.AddGoalQueries(configuration);
        services.AddHttpClient();
        services.AddSingleton<EntraTokenValidator>();
        services.AddSingleton<ToolAnswers>();
        services.AddMcpServer(o => o.ServerInfo = new() { Name = "StatusBot", Version = "1.0.0" })
            // Stateless: every request stands alone and carries its own token, so no session outlives its caller.
            .WithHttpTransport(o => o.Stateless = true)
            .WithTools<GoalTools>();
        return services;
    }

    /// <summary>Maps /mcp behind the caller authentication, when Mcp:Enabled (default true).</summary>
    public static IEndpointRouteBuilder MapStatusBotMcp(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<McpOptions>>().Value.Enabled) return app;
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch => branch.UseMiddleware<McpCallerMiddleware>());
        app.MapMcp(Path);
        return app;
    }
}
