using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace StatusBot.BotFramework.Tests.Infrastructure;

/// <summary>Starts a real Kestrel app on 127.0.0.1 with an OS-assigned port.</summary>
internal static class LoopbackServer
{
    public static WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder;
    }

    public static async Task<string> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return app.Urls.Single().TrimEnd('/');
    }
}
