using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StatusBot.Tests.EndToEnd;

namespace StatusBot.Tests.Reminders.Delivery;

/// <summary>What the fake connector does with one call to a conversation.</summary>
public abstract record ConnectorAnswer
{
    public static ConnectorAnswer Ok { get; } = new Status(200);

    public static ConnectorAnswer Throttled(int retryAfterSeconds) => new Status(429, retryAfterSeconds);

    public sealed record Status(int Code, int? RetryAfterSeconds = null) : ConnectorAnswer;

    /// <summary>Answers 200 only after this long; a client that gives up first has delivered nothing.</summary>
    public sealed record Slow(TimeSpan Delay) : ConnectorAnswer;
}

/// <summary>
/// A Bot Connector on loopback (real Kestrel, real HTTP) with programmable answers per conversation and attempt,
/// recording every activity it accepted and every 1:1 conversation it created.
/// </summary>
public sealed class ProgrammableConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private int _accepted;

    private ProgrammableConnector(WebApplication app, int port)
    {
        _app = app;
        ServiceUrl = $"http://127.0.0.1:{port}/";
    }

    public string ServiceUrl { get; }

    /// <summary>Activities accepted (answered 200), in order.</summary>
    public ConcurrentQueue<(string ConversationId, JsonObject Activity)> Accepted { get; } = new();

    /// <summary>The member id of every 1:1 conversation created.</summary>
    public ConcurrentQueue<string> CreatedFor { get; } = new();

    /// <summary>Decides each send by conversation and attempt number (1-based); default: accept.</summary>
    public Func<string, int, ConnectorAnswer> Behaviour { get; set; } = (_, _) => ConnectorAnswer.Ok;

    /// <summary>Runs after an activity is recorded as accepted and before the answer leaves (the crash window).</summary>
    public Func<int, Task>? AfterAccepting { get; set; }

    public int AttemptsOn(string conversationId) => _attempts.GetValueOrDefault(conversationId);

    public static async Task<ProgrammableConnector> StartAsync()
    {
        var port = Playground.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new ProgrammableConnector(app, port);
        app.MapPost("/v3/conversations/{conversationId}/activities", (Delegate)connector.ActivityAsync);
        app.MapPost("/v3/conversations", (Delegate)connector.CreateAsync);
        await app.StartAsync();
        return connector;
    }

    private async Task<IResult> ActivityAsync(string conversationId, HttpContext ctx)
    {
        var body = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted) as JsonObject ?? [];
        var attempt = _attempts.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        switch (Behaviour(conversationId, attempt))
        {
            case ConnectorAnswer.Slow slow:
                await Task.Delay(slow.Delay, ctx.RequestAborted);
                break;
            case ConnectorAnswer.Status { Code: not 200 } status:
                if (status.RetryAfterSeconds is { } after) ctx.Response.Headers.RetryAfter = after.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Json(new { error = new { code = "Fake", message = $"HTTP {status.Code}" } }, statusCode: status.Code);
        }
        Accepted.Enqueue((conversationId, body));
        var count = Interlocked.Increment(ref _accepted);
        if (AfterAccepting is { } hook) await hook(count);
        return Results.Json(new { id = $"activity-{count}" });
    }

    private async Task<IResult> CreateAsync(HttpContext ctx)
    {
        var body = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted) as JsonObject ?? [];
        var member = (string?)body["members"]?[0]?["id"] ?? "";
        CreatedFor.Enqueue(member);
        return Results.Json(new { id = $"a:new-{member}" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
