using StatusBot.Conversation.Search;
using StatusBot.Domain.Store;

namespace StatusBot.Plans;

/// <summary>
/// Keeps the conversation's in-memory index in step with the store: loads every plan at start and reloads when the
/// store's plan list changes (an import from the command line into the same store shows up within the interval).
/// The store stays the source of truth; the index is a read model that is rebuilt, never edited.
/// </summary>
public sealed class PlanCatalog(IGoalStore store, GoalIndexHolder holder, ILogger<PlanCatalog> logger, TimeProvider time) : BackgroundService
{
    private string _loadedStamp = "";

    public static TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Reloads when the plans changed since the last load; returns true when it reloaded.</summary>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        var summaries = await store.ListPlansAsync(ct);
        var stamp = string.Join('|', summaries.Select(s => $"{s.Id}@{s.ImportedAt.UtcTicks}"));
        if (stamp == _loadedStamp) return false;
        var plans = await store.GetAllPlansAsync(ct);
        var index = holder.Replace(plans);
        _loadedStamp = stamp;
        logger.LogInformation("Goal index loaded: {PlanCount} plans, {GoalCount} goals", plans.Count, index.GoalCount);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store may be briefly unreachable; answers keep coming from the last good index.
                logger.LogWarning(e, "Goal index refresh failed; keeping the previous index");
            }
        }
    }
}
