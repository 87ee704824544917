using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;

namespace StatusBot.Tests.Conversation.Support;

/// <summary>A list behind the store interface, enough to feed the index; the real stores are tested in Storage.</summary>
internal sealed class InMemoryGoalStore(IReadOnlyList<Plan> plans) : IGoalStore
{
    public Task MigrateAsync(CancellationToken ct = default) => Task.CompletedTask;

    public Task<bool> IsReadyAsync(CancellationToken ct = default) => Task.FromResult(true);

    public Task<SaveResult> SavePlansAsync(IReadOnlyList<Plan> plans, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PlanSummary>> ListPlansAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<PlanSummary>>(
            plans.Select(p => new PlanSummary(p.Id, p.Organisation, p.Year, p.Document, p.Goals.Count, DateTimeOffset.UnixEpoch)).ToArray());

    public Task<Plan?> GetPlanAsync(string planId, CancellationToken ct = default) =>
        Task.FromResult(plans.FirstOrDefault(p => p.Id == planId));

    public Task<IReadOnlyList<Plan>> GetAllPlansAsync(CancellationToken ct = default) => Task.FromResult(plans);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
