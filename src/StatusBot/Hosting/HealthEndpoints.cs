using StatusBot.Domain.Store;

namespace StatusBot.Hosting;

/// <summary>
/// <c>/healthz</c>: the process is alive (no dependencies, so a database outage never restarts the app).
/// <c>/readyz</c>: the store is reachable and fully migrated, so traffic may be routed here.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Longest a readiness probe waits for the store; probes come every few seconds and must not pile up.</summary>
    public static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(4);

    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", async (IGoalStore store, ILoggerFactory logs, CancellationToken ct) =>
            await IsReadyAsync(store, logs.CreateLogger(typeof(HealthEndpoints)), ct)
                ? Results.Text("ready")
                : Results.Text("store not ready", statusCode: StatusCodes.Status503ServiceUnavailable));
    }

    private static async Task<bool> IsReadyAsync(IGoalStore store, ILogger logger, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReadinessTimeout);
        try
        {
            // WaitAsync bounds the answer even if a driver ignores the token (e.g. a half-open TCP connection).
            var ready = await store.IsReadyAsync(timeout.Token).WaitAsync(ReadinessTimeout, ct);
            if (!ready) logger.LogWarning("Readiness check: store unreachable or migrations not applied");
            return ready;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Only the type: driver messages can carry host names and user names from the connection string.
            logger.LogWarning("Readiness check failed: {Error}", e.GetType().Name);
            return false;
        }
    }
}
