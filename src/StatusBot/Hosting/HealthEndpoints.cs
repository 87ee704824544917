using StatusBot.Domain.Store;

namespace StatusBot.Hosting;

/// <summary>
/// <c>/healthz</c>: the process is alive (no dependencies, so a database outage never restarts the app).
/// <c>/readyz</c>: the store is reachable and fully migrated, so traffic may be routed here.
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", async (IGoalStore store, CancellationToken ct) =>
        {
            bool ready;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                ready = await store.IsReadyAsync(timeout.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                app.Logger.LogWarning("Readiness check failed: {Error}", e.GetType().Name);
                ready = false;
            }
            return ready ? Results.Text("ready") : Results.Text("store not ready", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
    }
}
