using System.Collections.Concurrent;

namespace StatusBot.LatencyBench;

/// <summary>
/// When the bot began handling each activity, keyed by activity id. The client names the activity in
/// <see cref="ActivityIdHeader"/> so the stamp needs no body parsing that would itself cost time.
/// </summary>
internal sealed class RequestStartStamps
{
    public const string ActivityIdHeader = "X-Bench-Activity-Id";

    private readonly ConcurrentDictionary<string, long> _starts = new(StringComparer.Ordinal);

    public void Stamp(string activityId, long timestamp) => _starts[activityId] = timestamp;

    public bool TryGet(string activityId, out long timestamp) => _starts.TryGetValue(activityId, out timestamp);
}

/// <summary>Puts the stamping middleware first in the bot's pipeline, ahead of routing and the bot endpoint.</summary>
internal sealed class RequestStartStampFilter(RequestStartStamps stamps) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var now = BenchClock.Now();
            if (context.Request.Headers.TryGetValue(RequestStartStamps.ActivityIdHeader, out var id) && id.Count == 1 && id[0] is { } activityId)
                stamps.Stamp(activityId, now);
            return nextMiddleware(context);
        });
        next(app);
    };
}
