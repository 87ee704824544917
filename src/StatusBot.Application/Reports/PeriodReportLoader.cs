using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;

namespace StatusBot.Application.Reports;

/// <summary>Reads the plans from the store and shows the submitted outcomes on them, ready for a report.</summary>
public static class PeriodReportLoader
{
    /// <summary>
    /// Every plan, with the newest submission per goal and period projected onto it. Outcomes live in the same store
    /// as the plans where it implements <see cref="IOutcomeStore"/>; a store without outcomes gives what was imported.
    /// </summary>
    public static async Task<IReadOnlyList<Plan>> LoadPlansAsync(IGoalStore store, CancellationToken ct = default)
    {
        var plans = await store.GetAllPlansAsync(ct);
        if (store is IOutcomeStore outcomes)
        {
            var submitted = await outcomes.AllSubmittedAsync(ct);
            foreach (var plan in plans) OutcomeProjection.Apply(plan, submitted);
        }
        return plans;
    }

    public static async Task<PeriodReport> LoadAsync(IGoalStore store, ReportingPeriod period, string? organisation = null, CancellationToken ct = default) =>
        PeriodReport.Build(await LoadPlansAsync(store, ct), period, organisation);
}
