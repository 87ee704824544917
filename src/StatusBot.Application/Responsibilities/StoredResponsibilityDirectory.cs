using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;

namespace StatusBot.Application.Responsibilities;

/// <summary>
/// Responsibilities from configuration (or the demo's) together with those imported into the store
/// (<c>statusbot people import</c>). The stored list is held in memory and reloaded every
/// <see cref="RefreshInterval"/>, because every turn asks and a database round trip per question is too much;
/// a failed reload keeps the last good list. Matching (object id or UPN) is the configured directory's.
/// </summary>
public sealed class StoredResponsibilityDirectory(
    ConfiguredResponsibilityDirectory configured,
    IResponsibilityStore? store,
    ILogger<StoredResponsibilityDirectory> logger,
    TimeProvider time) : BackgroundService, IResponsibilityDirectory
{
    public static TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(60);

    private IReadOnlyList<Responsibility> _stored = [];
    private (IReadOnlyList<Responsibility> Configured, IReadOnlyList<Responsibility> Stored, ConfiguredResponsibilityDirectory Merged)? _merged;

    /// <summary>Everything known now: configured entries first, then stored ones.</summary>
    public IReadOnlyList<Responsibility> All => Current.All;

    public IReadOnlyList<Responsibility> GoalsFor(Asker asker) => Current.GoalsFor(asker);

    public IReadOnlyList<PersonRef> ResponsibleFor(Plan plan, Goal goal) => Current.ResponsibleFor(plan, goal);

    /// <summary>Reloads the stored responsibilities now (start-up, after an import, and on the timer).</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        if (store is null) return;
        var stored = await store.AllAsync(ct);
        Volatile.Write(ref _stored, stored);
        logger.LogInformation("Stored responsibilities loaded: {Count}", stored.Count);
    }

    /// <summary>Rebuilt only when either source changed (configuration reloads swap their list too).</summary>
    private ConfiguredResponsibilityDirectory Current
    {
        get
        {
            var fromConfiguration = configured.All;
            var fromStore = Volatile.Read(ref _stored);
            var merged = _merged;
            if (merged is { } m && ReferenceEquals(m.Configured, fromConfiguration) && ReferenceEquals(m.Stored, fromStore)) return m.Merged;
            var directory = new ConfiguredResponsibilityDirectory(fromConfiguration.Concat(fromStore));
            _merged = (fromConfiguration, fromStore, directory);
            return directory;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store is null) return;
        await TryRefreshAsync(stoppingToken);
        using var timer = new PeriodicTimer(RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await TryRefreshAsync(stoppingToken);
    }

    private async Task TryRefreshAsync(CancellationToken ct)
    {
        try
        {
            await RefreshAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store may be briefly unreachable (or not yet migrated at start-up); keep answering from the last list.
            logger.LogWarning(e, "Reloading stored responsibilities failed; keeping the previous list");
        }
    }
}
