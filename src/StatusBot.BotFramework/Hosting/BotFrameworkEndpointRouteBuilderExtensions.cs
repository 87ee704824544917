using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StatusBot.BotFramework.Hosting;

/// <summary>Maps the bot's messaging endpoint.</summary>
public static class BotFrameworkEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> (usually <c>/api/messages</c>) to the Bot Framework endpoint. Requires
    /// <see cref="BotFrameworkServiceCollectionExtensions.AddBotFramework"/> and a registered
    /// <see cref="IActivityHandler"/>. Logs a warning at start when authentication is disabled.
    /// </summary>
    public static IEndpointConventionBuilder MapBotFramework(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value;
        if (!options.IsAuthenticationEnabled)
        {
            endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("StatusBot.BotFramework")
                .LogWarning("Bot:AppId is not set: {Pattern} accepts UNAUTHENTICATED requests from loopback addresses only. " +
                            "This is for local development with the Agents Playground; never run like this in production.", pattern);
        }
        var endpoint = endpoints.ServiceProvider.GetRequiredService<BotEndpoint>();
        return endpoints.MapPost(pattern, (HttpContext http) => endpoint.HandleAsync(http)).DisableAntiforgery();
    }
}
