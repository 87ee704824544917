using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StatusBot.Tests.EndToEnd;

namespace StatusBot.Tests.Bot;

/// <summary>A Bot Framework connector on loopback that records every activity the bot posts.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeConnector(WebApplication app, int port)
    {
        _app = app;
        ServiceUrl = $"http://127.0.0.1:{port}/";
    }

    public string ServiceUrl { get; }

    public ConcurrentQueue<(string Path, JsonObject Body)> Received { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var port = Playground.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app, port);
        app.MapPost("/v3/conversations/{**rest}", async (HttpContext ctx) =>
        {
            var body = await JsonNode.ParseAsync(ctx.Request.Body) as JsonObject ?? [];
            connector.Received.Enqueue((ctx.Request.Path.Value!, body));
            return Results.Json(new { id = "reply-" + connector.Received.Count });
        });
        await app.StartAsync();
        return connector;
    }

    public async Task<(string Path, JsonObject Body)> NextAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Received.TryDequeue(out var item)) return item;
            await Task.Delay(20);
        }
        throw new TimeoutException("The bot posted nothing to the connector.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
