using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace StatusBot.BotFramework.Connector;

/// <summary>
/// Teams' published limits as sliding windows: per conversation N per second and M per 30 seconds, and a
/// per-tenant global rate. Requests over a limit wait in a queue (oldest first) instead of provoking 429s.
/// </summary>
/// <remarks>
/// Each key gets a standalone limiter with its own replenishment timer. <c>PartitionedRateLimiter.Create</c>
/// replenishes all partitions from one shared heartbeat that drifts: for a one-second window it released the next
/// permits after 1.2–1.6 s where a standalone limiter took 1.0 s: safe, but it wasted a third of the rate Teams allows.
/// </remarks>
public sealed class ConnectorRateLimiter : IAsyncDisposable
{
    private const int QueueLimit = 10_000;
    private static readonly TimeSpan EvictAfterIdle = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly BotOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, SlidingWindowRateLimiter> _limiters = new(StringComparer.Ordinal);
    private long _nextSweep;

    /// <summary>Builds the limiters from <see cref="BotOptions"/>.</summary>
    public ConnectorRateLimiter(IOptions<BotOptions> options, TimeProvider? time = null)
    {
        _options = options.Value;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Waits until every limit that applies to <paramref name="request"/> grants a permit. The returned lease is
    /// acquired unless a queue overflowed; dispose it after the call.
    /// </summary>
    public async ValueTask<RateLimitLease> AcquireAsync(HttpRequestMessage request, CancellationToken ct)
    {
        SweepIdleLimiters();
        var conversation = request.Options.TryGetValue(ConnectorRequestContext.ConversationId, out var id) ? id : "(none)";
        var tenant = request.Options.TryGetValue(ConnectorRequestContext.TenantId, out var t) ? t : "(default)";
        (string Key, int Permits, TimeSpan Window)[] limits =
        [
            ($"conv:{conversation}|1s", _options.PerConversationPerSecond, TimeSpan.FromSeconds(1)),
            ($"conv:{conversation}|30s", _options.PerConversationPer30Seconds, TimeSpan.FromSeconds(30)),
            ($"tenant:{tenant}", _options.GlobalPerSecond, TimeSpan.FromSeconds(1)),
        ];

        var leases = new List<RateLimitLease>(limits.Length);
        try
        {
            foreach (var (key, permits, window) in limits)
            {
                var lease = await AcquireOneAsync(key, permits, window, ct);
                leases.Add(lease);
                if (!lease.IsAcquired) break;
            }
        }
        catch
        {
            leases.ForEach(l => l.Dispose());
            throw;
        }
        return new CombinedLease(leases);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var limiter in _limiters.Values) limiter.Dispose();
        _limiters.Clear();
        return ValueTask.CompletedTask;
    }

    private async ValueTask<RateLimitLease> AcquireOneAsync(string key, int permits, TimeSpan window, CancellationToken ct)
    {
        try
        {
            return await Limiter(key, permits, window).AcquireAsync(1, ct);
        }
        catch (ObjectDisposedException)
        {
            // Evicted as idle between lookup and use: a fresh limiter for an idle key starts full anyway.
            return await Limiter(key, permits, window).AcquireAsync(1, ct);
        }
    }

    private SlidingWindowRateLimiter Limiter(string key, int permits, TimeSpan window) =>
        _limiters.GetOrAdd(key, _ => new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            SegmentsPerWindow = 10,
            QueueLimit = QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));

    // Conversations come and go; a limiter whose window has been empty for a while holds no state worth keeping.
    private void SweepIdleLimiters()
    {
        var now = _time.GetTimestamp();
        var next = Interlocked.Read(ref _nextSweep);
        if (now < next || Interlocked.CompareExchange(ref _nextSweep, now + (long)(SweepEvery.TotalSeconds * _time.TimestampFrequency), next) != next)
            return;
        foreach (var (key, limiter) in _limiters)
        {
            if (limiter.IdleDuration is { } idle && idle > EvictAfterIdle && _limiters.TryRemove(new(key, limiter)))
                limiter.Dispose();
        }
    }

    private sealed class CombinedLease(List<RateLimitLease> leases) : RateLimitLease
    {
        public override bool IsAcquired => leases.All(l => l.IsAcquired);

        public override IEnumerable<string> MetadataNames => leases.SelectMany(l => l.MetadataNames).Distinct();

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            foreach (var lease in leases)
                if (lease.TryGetMetadata(metadataName, out metadata)) return true;
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) leases.ForEach(l => l.Dispose());
        }
    }
}
