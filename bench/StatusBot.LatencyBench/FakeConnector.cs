using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace StatusBot.LatencyBench;

/// <summary>
/// Stands in for the Bot Connector on loopback: accepts the bot's replies, stamps when each one arrived (before
/// reading its body, so the stamp is the arrival) and checks that it carries an Adaptive Card.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, long> _arrivals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _summaries = new(StringComparer.Ordinal);
    private int _duplicates;
    private int _withoutCard;
    private int _notReplies;

    private FakeConnector(WebApplication app) => _app = app;

    public string ServiceUrl => _app.Urls.First() + "/";

    /// <summary>Replies whose replyToId arrived more than once.</summary>
    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>Replies with no Adaptive Card attachment.</summary>
    public int WithoutCard => Volatile.Read(ref _withoutCard);

    /// <summary>Messages posted to the conversation rather than as a reply to an activity.</summary>
    public int NotReplies => Volatile.Read(ref _notReplies);

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", connector.ReceiveReplyAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.ReceiveUnthreaded);
        await app.StartAsync();
        return connector;
    }

    public bool TryGetArrival(string activityId, out long timestamp) => _arrivals.TryGetValue(activityId, out timestamp);

    /// <summary>The reply's summary (the card's fallback text), to show what the bot actually answered.</summary>
    public string? SummaryOf(string activityId) => _summaries.GetValueOrDefault(activityId);

    public int RepliesTo(IEnumerable<string> activityIds) => activityIds.Count(_arrivals.ContainsKey);

    private async Task<IResult> ReceiveReplyAsync(string replyToId, HttpRequest request)
    {
        var arrived = BenchClock.Now();
        if (!_arrivals.TryAdd(replyToId, arrived)) Interlocked.Increment(ref _duplicates);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (!body.Contains(AdaptiveCardContentType, StringComparison.Ordinal)) Interlocked.Increment(ref _withoutCard);
        using var json = JsonDocument.Parse(body);
        if (json.RootElement.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.String)
            _summaries[replyToId] = summary.GetString() ?? "";
        return Results.Json(new { id = "reply-" + replyToId });
    }

    private IResult ReceiveUnthreaded()
    {
        Interlocked.Increment(ref _notReplies);
        return Results.Json(new { id = "unthreaded" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
