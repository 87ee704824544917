using StatusBot.Domain.Plans;

namespace StatusBot.Domain.Store;

/// <summary>
/// The goal store, as the rest of the product sees it. Implementations (SQLite, PostgreSQL) live in
/// StatusBot.Storage; the domain only states what it needs.
/// </summary>
public interface IGoalStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema to the newest migration. Safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken ct = default);

    /// <summary>True when the store is reachable and every migration is applied.</summary>
    Task<bool> IsReadyAsync(CancellationToken ct = default);

    /// <summary>
    /// Inserts or replaces the plans in one transaction: a plan with the same id is updated in place (its
    /// goals, indicators and activities keyed by their stable ids), never duplicated. All or nothing.
    /// </summary>
    Task<SaveResult> SavePlansAsync(IReadOnlyList<Plan> plans, CancellationToken ct = default);

    /// <summary>Summaries of every plan, ordered by organisation, year, document.</summary>
    Task<IReadOnlyList<PlanSummary>> ListPlansAsync(CancellationToken ct = default);

    /// <summary>A whole plan with its goal tree, or null.</summary>
    Task<Plan?> GetPlanAsync(string planId, CancellationToken ct = default);

    /// <summary>Every plan, whole (for export and for the in-memory read model).</summary>
    Task<IReadOnlyList<Plan>> GetAllPlansAsync(CancellationToken ct = default);

    /// <summary>
    /// The table lines a plan's import could not read and that were accepted ("import --accept-gaps"), in source
    /// order; empty for a fully read plan, null for an unknown plan. For coordinators ("visa importluckor").
    /// </summary>
    async Task<IReadOnlyList<ImportGap>?> GetImportGapsAsync(string planId, CancellationToken ct = default) =>
        (await GetPlanAsync(planId, ct).ConfigureAwait(false))?.ImportGaps;
}

public sealed record PlanSummary(string Id, string Organisation, int Year, DocumentKind Document, int GoalCount, DateTimeOffset ImportedAt);

/// <summary>What a save changed, per plan: inserted or updated, and how many goals now.</summary>
public sealed record SaveResult(IReadOnlyList<PlanSaveOutcome> Plans);

public sealed record PlanSaveOutcome(string PlanId, bool Created, int Goals, int Indicators, int Activities);
