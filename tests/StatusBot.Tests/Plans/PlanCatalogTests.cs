using Microsoft.Extensions.Logging.Abstractions;
using StatusBot.Application.Conversation;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Import;
using StatusBot.Application.Plans;
using StatusBot.Storage;
using StatusBot.Tests.Hosting;
using StatusBot.Tests.Support;
using StatusBot.Testing;

namespace StatusBot.Tests.Plans;

/// <summary>
/// The read model after a submission, on a real SQLite store: only the reported goal is read again and swapped in,
/// every other goal keeps its object (and so its cached card), earlier outcomes stay projected, and anything the
/// incremental path cannot vouch for (an import meanwhile, an unknown goal) falls back to a full reload.
/// </summary>
public sealed class PlanCatalogTests : IAsyncLifetime
{
    private static readonly ReportingPeriod Vb2023 = new(2023, PeriodKind.VB);
    private readonly string _path = HostedBot.NewSqliteStore();
    private readonly GoalIndexHolder _holder = new();
    private IGoalStore _store = null!;
    private PlanCatalog _catalog = null!;

    private IOutcomeStore Outcomes => (IOutcomeStore)_store;

    public async Task InitializeAsync()
    {
        _store = GoalStoreFactory.Open(_path);
        await _store.MigrateAsync();
        await _store.SavePlansAsync(ImportedSeeds.All);
        _catalog = new PlanCatalog(_store, Outcomes, _holder, NullLogger<PlanCatalog>.Instance, TimeProvider.System);
        await _catalog.RefreshAsync(default);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private GoalRef Enskede(string number) =>
        _holder.Current.Find(ImportedSeeds.Enskede.Organisation, 2023, DocumentPreference.PreferReport, number)!;

    private async Task SubmitAsync(GoalRef goal, Bedomning bedomning, string analysis, long version = 0)
    {
        var entry = new OutcomeEntry(goal.Goal.Id, Vb2023, OutcomeState.Submitted, new OutcomeContent { Bedomning = bedomning, Analysis = analysis })
        {
            AuthorId = "aad-anna", BasedOnVersion = version, RecordedAt = DateTimeOffset.UtcNow,
        };
        Assert.Equal(SubmitStatus.Stored, (await Outcomes.SubmitAsync(entry)).Status);
    }

    [Fact]
    public async Task A_submission_replaces_only_its_goal_and_keeps_earlier_outcomes()
    {
        var first = Enskede("3.6.1");
        await SubmitAsync(first, Bedomning.UppfyllsInte, "Första analysen.");
        await _catalog.ApplySubmittedAsync(first.Goal.Id);
        var second = Enskede("1.3.2");
        var before = _holder.Current;

        await SubmitAsync(second, Bedomning.UppfyllsDelvis, "Andra analysen.");
        await _catalog.ApplySubmittedAsync(second.Goal.Id);
        var after = _holder.Current;

        Assert.NotSame(before, after);
        Assert.Equal("Andra analysen.", Enskede("1.3.2").Goal.Assessments.Single(a => a.Period == Vb2023).Analysis);
        Assert.Equal("Första analysen.", Enskede("3.6.1").Goal.Assessments.Single(a => a.Period == Vb2023).Analysis);
        // Every other goal is the very same object: cached cards stay valid and nothing else was reloaded.
        var unchanged = before.Plans.SelectMany(p => p.Goals).Where(g => g.Id != second.Goal.Id).ToList();
        Assert.All(unchanged, g => Assert.Same(g, after.FindById(g.Id)!.Goal));
        Assert.NotSame(second.Goal, after.FindById(second.Goal.Id)!.Goal);
        // The published goal objects were not edited in place: an older snapshot still shows what it showed.
        Assert.DoesNotContain(second.Goal.Assessments, a => a.Analysis == "Andra analysen.");
    }

    [Fact]
    public async Task The_index_after_incremental_updates_equals_a_full_reload()
    {
        foreach (var (number, i) in new[] { "3.6.1", "1.3.2", "2.1.1", "3.6.1" }.Select((n, i) => (n, i)))
        {
            var goal = Enskede(number);
            await SubmitAsync(goal, Bedomning.UppfyllsDelvis, $"Analys {i}.", version: number == "3.6.1" && i > 0 ? 1 : 0);
            await _catalog.ApplySubmittedAsync(goal.Goal.Id);
        }
        var incremental = _holder.Current;

        var fresh = new GoalIndexHolder();
        await new PlanCatalog(_store, Outcomes, fresh, NullLogger<PlanCatalog>.Instance, TimeProvider.System).RefreshAsync(default);

        Assert.Equal(Describe(fresh.Current), Describe(incremental));
        foreach (var query in new[] { "trygghet", "förskola", "ekonomi i balans", "sjukfrånvaro" })
            Assert.Equal(fresh.Current.Search(query).Select(h => (h.Goal.Goal.Id, h.Score)), incremental.Search(query).Select(h => (h.Goal.Goal.Id, h.Score)));
        // Nothing left for the timer: the incremental updates brought the index up to date.
        Assert.False(await _catalog.RefreshAsync(default));
    }

    [Fact]
    public async Task An_import_meanwhile_makes_it_reload_everything()
    {
        var goal = Enskede("3.6.1");
        var reimported = DocumentImporter.ImportFile(RepoPaths.Seed(RepoPaths.Hagersten));
        reimported.Goals[0].Title = "Omläst titel";
        await _store.SavePlansAsync([reimported]);
        await SubmitAsync(goal, Bedomning.UppfyllsHelt, "Klart.");

        await _catalog.ApplySubmittedAsync(goal.Goal.Id);

        Assert.Contains(_holder.Current.Plans.SelectMany(p => p.Goals), g => g.Title == "Omläst titel");
        Assert.Equal("Klart.", Enskede("3.6.1").Goal.Assessments.Single(a => a.Period == Vb2023).Analysis);
    }

    private static List<string> Describe(GoalIndex index) =>
        [.. index.Plans.SelectMany(p => p.Goals.Select(g =>
            $"{p.Id}/{g.Id}: {string.Join(";", g.Assessments.Select(a => $"{a.Period} {a.Bedomning} {a.Analysis}"))} " +
            string.Join(";", g.Indicators.SelectMany(i => i.Outcomes.Select(o => $"{i.Id} {o.Period} {o.Total}"))) + " " +
            string.Join(";", g.Activities.Select(a => $"{a.Id} {a.Deviation} {a.Analysis}"))))];
}
