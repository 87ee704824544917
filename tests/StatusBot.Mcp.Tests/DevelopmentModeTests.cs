using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Client;
using StatusBot.Mcp.Authentication;
using StatusBot.Mcp.Tests.Support;

namespace StatusBot.Mcp.Tests;

/// <summary>Without an audience (local development) /mcp needs no token, but only from loopback, acting as the development user.</summary>
public sealed class DevelopmentModeTests
{
    [Fact]
    public async Task A_loopback_caller_without_a_token_acts_as_the_development_user()
    {
        await using var host = await McpTestHost.StartAsync(requireTokens: false);
        await using var client = await host.ConnectAsync();

        var result = await client.CallToolAsync("my_goals", new Dictionary<string, object?>());

        Assert.False(ToolJson.IsError(result), ToolJson.Text(result));
        Assert.Equal(["3.2.1", "3.6.1"],
            ToolJson.Structured(result).GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("number").GetString()!).Order().ToArray());
    }

    [Fact]
    public async Task Disabled_the_host_maps_no_mcp_endpoint()
    {
        await using var host = await McpTestHost.StartAsync(requireTokens: false, new Dictionary<string, string?> { ["Mcp:Enabled"] = "false" });
        using var http = new HttpClient();

        using var response = await http.PostAsync(host.Endpoint, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("192.168.0.7")]
    [InlineData("2001:db8::1")]
    public async Task A_caller_from_another_address_is_refused_in_development_mode(string address)
    {
        var options = Options.Create(new McpOptions { Audience = "", DevelopmentUserId = TestCallers.EnskedeChief });
        var reached = false;
        var middleware = new McpCallerMiddleware(_ => { reached = true; return Task.CompletedTask; }, options,
            new EntraTokenValidator(options, new NoHttp()), NullLogger<McpCallerMiddleware>.Instance);
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        Assert.False(reached);
        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }

    private sealed class NoHttp : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
