using StatusBot.Application.ReadModel;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Store;

namespace StatusBot.Application.ReadModel;

/// <summary>
/// Keeps the conversation's in-memory index in step with the store: loads every plan at start and reloads when the
/// store's plan list changes (an import from the command line into the same store shows up within the interval).
/// The store stays the source of truth; the index is a read model that is rebuilt, never edited. Submitted
/// outcomes are projected onto the plans as they load, so a chief's report shows on every status card; a new
/// submission replaces just its goal (<see cref="ApplySubmittedAsync"/>), because reloading a city's plans takes
/// half a second and submissions queued behind one another for it (docs/performance.md).
/// </summary>
public sealed class PlanCatalog(IGoalStore store, IOutcomeStore outcomes, GoalIndexHolder holder, ILogger<PlanCatalog> logger, TimeProvider time) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    // What the published index was loaded from (null: nothing yet, or forced to reload everything next time).
    private Stamp? _loaded;

    /// <summary>Changes when a plan is imported (Plans) or an outcome stored (Outcomes).</summary>
    private readonly record struct Stamp(string Plans, string Outcomes);

    public static TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Reloads when the plans changed since the last load; returns true when it reloaded.</summary>
    /// <remarks>Serialised: a submission's reload and the timer's must not swap an older index in after a newer.</remarks>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await RefreshUnderGateAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Shows a goal's newly stored outcome: that one goal is read again with its history and swapped into the
    /// current index (reusing its text index), instead of reloading every plan. Falls back to a full reload when
    /// the plans themselves changed meanwhile (an import) or the goal is unknown. Runs to the end even if the asker
    /// goes away: the outcome is stored, and a half-applied update would hide it until the next change.
    /// </summary>
    public async Task ApplySubmittedAsync(string goalId)
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            var started = time.GetTimestamp();
            var stamp = await StampAsync(CancellationToken.None);
            var current = holder.Current;
            if (stamp.Plans != _loaded?.Plans || current.FindById(goalId) is not { } published
                || await ReloadedGoalAsync(published.Plan.Id, goalId) is not { } fresh)
            {
                await RefreshUnderGateAsync(CancellationToken.None);
                return;
            }
            holder.Publish(current.WithPlanReplaced(published.Plan.WithGoalReplaced(fresh)));
            // Submissions stored meanwhile for other goals are applied by their own requests, which wait on this gate.
            _loaded = stamp;
            logger.LogDebug("Goal {GoalId} updated in the index in {Ms} ms", goalId, (int)time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch
        {
            _loaded = null; // whatever failed, the timer's next refresh reloads everything
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The goal as stored, with its submitted outcomes projected; null if the plan or goal is gone.</summary>
    private async Task<Domain.Goals.Goal?> ReloadedGoalAsync(string planId, string goalId)
    {
        var plan = await store.GetPlanAsync(planId, CancellationToken.None);
        if (plan?.Goals.Find(g => g.Id == goalId) is not { } goal) return null;
        OutcomeProjection.Apply(plan, await outcomes.HistoryAsync(goalId, CancellationToken.None));
        return goal;
    }

    private async Task<Stamp> StampAsync(CancellationToken ct)
    {
        var summaries = await store.ListPlansAsync(ct);
        return new Stamp(string.Join('|', summaries.Select(s => $"{s.Id}@{s.ImportedAt.UtcTicks}")), await outcomes.ChangeStampAsync(ct));
    }

    private async Task<bool> RefreshUnderGateAsync(CancellationToken ct)
    {
        // Read before the data, so a submission landing meanwhile makes the next refresh load again.
        var stamp = await StampAsync(ct);
        if (stamp == _loaded) return false;
        var started = time.GetTimestamp();
        var plans = await store.GetAllPlansAsync(ct);
        var submitted = await outcomes.AllSubmittedAsync(ct);
        var loaded = time.GetTimestamp();
        foreach (var plan in plans) OutcomeProjection.Apply(plan, submitted);
        var index = holder.Replace(plans);
        _loaded = stamp;
        logger.LogInformation("Goal index loaded: {PlanCount} plans, {GoalCount} goals, {OutcomeCount} submitted outcomes; read {ReadMs} ms, indexed {IndexMs} ms",
            plans.Count, index.GoalCount, submitted.Count, (int)time.GetElapsedTime(started, loaded).TotalMilliseconds, (int)time.GetElapsedTime(loaded).TotalMilliseconds);
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
