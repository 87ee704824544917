using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.BotFramework.Hosting;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Hosting;

public sealed class UnauthenticatedModeTests
{
    [Theory]
    [InlineData("10.1.2.3", StatusCodes.Status401Unauthorized)]
    [InlineData("127.0.0.1", StatusCodes.Status200OK)]
    public async Task WithoutAnAppIdOnlyLoopbackCallersAreServed(string remoteAddress, int expectedStatus)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotFramework(new ConfigurationBuilder().Build());
        var handler = new RecordingActivityHandler();
        services.AddSingleton<IActivityHandler>(handler);
        await using var provider = services.BuildServiceProvider();
        var endpoint = provider.GetRequiredService<BotEndpoint>();

        var http = new DefaultHttpContext { RequestServices = provider };
        http.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
        http.Request.Method = "POST";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(Activities.Message().ToJsonString()));
        await endpoint.HandleAsync(http);

        Assert.Equal(expectedStatus, http.Response.StatusCode);
        Assert.Equal(expectedStatus == 200 ? 1 : 0, handler.Calls.Count);
    }
}
