using StatusBot.Conversation.Search;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Store;

namespace StatusBot.Plans;

/// <summary>
/// Keeps the conversation's in-memory index in step with the store: loads every plan at start and reloads when the
/// store's plan list changes (an import from the command line into the same store shows up within the interval).
/// The store stays the source of truth; the index is a read model that is rebuilt, never edited. Submitted
/// outcomes are projected onto the plans as they load, so a chief's report shows on every status card.
/// </summary>
public sealed class PlanCatalog(IGoalStore store, IOutcomeStore outcomes, GoalIndexHolder holder, ILogger<PlanCatalog> logger, TimeProvider time) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string _loadedStamp = "";

    public static TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Reloads when the plans changed since the last load; returns true when it reloaded.</summary>
    /// <remarks>Serialised: a submission's reload and the timer's must not swap an older index in after a newer.</remarks>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var summaries = await store.ListPlansAsync(ct);
            // Read before the data, so a submission landing meanwhile makes the next refresh load again.
            var stamp = string.Join('|', summaries.Select(s => $"{s.Id}@{s.ImportedAt.UtcTicks}"))
                        + "#" + await outcomes.ChangeStampAsync(ct);
            if (stamp == _loadedStamp) return false;
            var plans = await store.GetAllPlansAsync(ct);
            var submitted = await outcomes.AllSubmittedAsync(ct);
            foreach (var plan in plans) OutcomeProjection.Apply(plan, submitted);
            var index = holder.Replace(plans);
            _loadedStamp = stamp;
            logger.LogInformation("Goal index loaded: {PlanCount} plans, {GoalCount} goals, {OutcomeCount} submitted outcomes",
                plans.Count, index.GoalCount, submitted.Count);
            return true;
        }
        finally
        {
            _gate.Release();
        }
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
