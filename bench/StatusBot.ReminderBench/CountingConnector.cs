using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace StatusBot.ReminderBench;

/// <summary>
/// The Bot Connector on loopback: accepts every activity, stamps its arrival and counts deliveries per conversation
/// (one person each), so double sends and losses show.
/// </summary>
internal sealed class CountingConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _perConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<long> _arrivals = new();
    private int _withoutCard;

    private CountingConnector(WebApplication app) => _app = app;

    public string ServiceUrl => _app.Urls.First() + "/";

    public IReadOnlyDictionary<string, int> PerConversation => _perConversation;

    /// <summary>Stopwatch timestamps of every accepted activity.</summary>
    public IReadOnlyCollection<long> Arrivals => _arrivals;

    public int WithoutCard => Volatile.Read(ref _withoutCard);

    public static async Task<CountingConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new CountingConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", (Delegate)connector.AcceptAsync);
        await app.StartAsync();
        return connector;
    }

    private async Task<IResult> AcceptAsync(string conversationId, HttpContext ctx)
    {
        _arrivals.Enqueue(Stopwatch.GetTimestamp());
        var body = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted);
        if ((string?)body?["attachments"]?[0]?["contentType"] != "application/vnd.microsoft.card.adaptive")
            Interlocked.Increment(ref _withoutCard);
        var n = _perConversation.AddOrUpdate(conversationId, 1, (_, c) => c + 1);
        return Results.Json(new { id = $"{conversationId}-{n}" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
