using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StatusBot.Mcp.Authentication;

/// <summary>
/// Establishes who calls /mcp before the MCP endpoint runs: an Entra bearer token when an audience is configured,
/// else (local development) a loopback caller acting as the configured development user. Everything else is 401.
/// </summary>
internal sealed partial class McpCallerMiddleware(RequestDelegate next, IOptions<McpOptions> options, EntraTokenValidator validator,
    ILogger<McpCallerMiddleware> logger)
{
    private const string Challenge = "Bearer";

    public async Task InvokeAsync(HttpContext context)
    {
        var settings = options.Value;
        if (!settings.RequiresToken)
        {
            if (IsLoopback(context) && !string.IsNullOrWhiteSpace(settings.DevelopmentUserId))
            {
                context.User = McpCaller.Principal(settings.DevelopmentUserId, null, null, "Utvecklare", McpCaller.DevelopmentAuthenticationType);
                await next(context);
                return;
            }
            LogRefused(logger, "development mode accepts loopback callers only");
            await RefuseAsync(context, "MCP-servern är i utvecklingsläge och tar bara emot anrop från den egna datorn.");
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            LogRefused(logger, "no bearer token");
            await RefuseAsync(context, "Inloggning krävs (Entra ID).");
            return;
        }
        var (caller, failure) = await validator.ValidateAsync(header["Bearer ".Length..].Trim(), context.RequestAborted);
        if (caller is null)
        {
            LogRefused(logger, failure ?? "invalid");
            await RefuseAsync(context, "Ogiltig eller utgången inloggning.");
            return;
        }
        context.User = caller;
        await next(context);
    }

    private static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);

    private static Task RefuseAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = Challenge;
        return context.Response.WriteAsJsonAsync(new { error = message });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MCP request refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
