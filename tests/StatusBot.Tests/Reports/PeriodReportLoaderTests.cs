using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Reports;
using StatusBot.Application.Reports;

namespace StatusBot.Tests.Reports;

public class PeriodReportLoaderTests
{
    [Fact]
    public async Task Submitted_outcomes_of_a_store_with_outcomes_are_shown_and_only_the_newest_counts()
    {
        var plan = ReportPlans.FreshEnskede();
        var first = ReportPlans.T2SubmissionFor34(plan);
        var second = first with
        {
            Version = 2,
            BasedOnVersion = 1,
            Content = first.Content with { Bedomning = Domain.Assessments.Bedomning.UppfyllsHelt, Analysis = "Rättad efter avstämning." },
            SourceActivityId = "activity-35",
        };
        var store = new StoreWithOutcomes([plan], [first, second]);

        var report = await PeriodReportLoader.LoadAsync(store, ReportPlans.T22023);

        var goal = report.AllGoals.Single(g => g.Number == "3.4");
        Assert.Equal(("Uppfylls helt", "Rättad efter avstämning."), (goal.AssessmentLabel, goal.Analysis));
        Assert.Single(report.AllGoals, g => g.IsReported);
    }

    [Fact]
    public async Task A_store_without_outcomes_gives_what_was_imported()
    {
        var store = new PlansOnly([ReportPlans.FreshEnskede()]);

        var report = await PeriodReportLoader.LoadAsync(store, ReportPlans.T22023);

        Assert.All(report.AllGoals, g => Assert.False(g.IsReported));
        Assert.Equal(44, report.AllGoals.Count());
    }

    /// <summary>The goal store as the report sees it: plans in memory (the SQL stores have their own contract tests).</summary>
    private class PlansOnly(IReadOnlyList<Plan> plans) : IGoalStore
    {
        public Task<IReadOnlyList<Plan>> GetAllPlansAsync(CancellationToken ct = default) => Task.FromResult(plans);
        public Task MigrateAsync(CancellationToken ct = default) => Task.CompletedTask;
        public Task<bool> IsReadyAsync(CancellationToken ct = default) => Task.FromResult(true);
        public Task<SaveResult> SavePlansAsync(IReadOnlyList<Plan> p, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<PlanSummary>> ListPlansAsync(CancellationToken ct = default) => throw new NotSupportedException();
        public Task<Plan?> GetPlanAsync(string planId, CancellationToken ct = default) => Task.FromResult(plans.FirstOrDefault(p => p.Id == planId));
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class StoreWithOutcomes(IReadOnlyList<Plan> plans, IReadOnlyList<OutcomeEntry> submitted) : PlansOnly(plans), IOutcomeStore
    {
        public Task<IReadOnlyList<OutcomeEntry>> AllSubmittedAsync(CancellationToken ct = default) => Task.FromResult(submitted);
        public Task<SubmitResult> SubmitAsync(OutcomeEntry entry, CancellationToken ct = default) => throw new NotSupportedException();
        public Task SaveDraftAsync(OutcomeEntry draft, CancellationToken ct = default) => throw new NotSupportedException();
        public Task DeleteDraftAsync(string goalId, ReportingPeriod period, string authorId, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<OutcomeSnapshot> GetAsync(string goalId, ReportingPeriod period, string authorId, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<OutcomeEntry>> HistoryAsync(string goalId, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<string> ChangeStampAsync(CancellationToken ct = default) => throw new NotSupportedException();
    }
}
