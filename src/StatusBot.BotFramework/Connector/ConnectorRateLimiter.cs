using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace StatusBot.BotFramework.Connector;

/// <summary>
/// Teams' published limits as limiters: per conversation N per second and M per 30 seconds, and a per-tenant
/// global rate. Requests over the limit wait in a queue (oldest first) instead of provoking 429s.
/// </summary>
public sealed class ConnectorRateLimiter : IAsyncDisposable
{
    private const int QueueLimit = 10_000;
    private readonly PartitionedRateLimiter<HttpRequestMessage> _limiter;

    /// <summary>Builds the limiters from <see cref="BotOptions"/>.</summary>
    public ConnectorRateLimiter(IOptions<BotOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpRequestMessage, string>(request =>
                Window($"{ConversationOf(request)}|1s", o.PerConversationPerSecond, TimeSpan.FromSeconds(1), 10)),
            PartitionedRateLimiter.Create<HttpRequestMessage, string>(request =>
                Window($"{ConversationOf(request)}|30s", o.PerConversationPer30Seconds, TimeSpan.FromSeconds(30), 30)),
            PartitionedRateLimiter.Create<HttpRequestMessage, string>(request =>
                Window($"tenant:{TenantOf(request)}", o.GlobalPerSecond, TimeSpan.FromSeconds(1), 10)));
    }

    /// <summary>Waits for a permit for <paramref name="request"/>; the lease must be disposed after the call.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(HttpRequestMessage request, CancellationToken ct) =>
        await _limiter.AcquireAsync(request, 1, ct);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window, int segments) =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            SegmentsPerWindow = segments,
            QueueLimit = QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });

    // Requests without a conversation (creating one) share a partition so they are limited too.
    private static string ConversationOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(ConnectorRequestContext.ConversationId, out var id) ? $"conv:{id}" : "conv:(none)";

    private static string TenantOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(ConnectorRequestContext.TenantId, out var id) ? id : "(default)";
}
