using System.Data.Common;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Store;
using StatusBot.Testing.Plans;

namespace StatusBot.Storage.Tests.Contract;

/// <summary>The outcome store (IOutcomeStore) part of the contract: both engines run these too.</summary>
public abstract partial class GoalStoreContract
{
    private const string GoalId = "hagersten-alvsjo/2026/nm-3.6.1";
    private static readonly ReportingPeriod T2 = new(2026, PeriodKind.T2);
    private static readonly DateTimeOffset Morning = new(2026, 9, 7, 8, 30, 0, TimeSpan.Zero);

    private static OutcomeContent Content(string analysis, Bedomning bedomning = Bedomning.UppfyllsDelvis) => new()
    {
        Bedomning = bedomning,
        Analysis = analysis,
        Indicators =
        [
            new IndicatorValue("ind-trygghet", Measurement.Parse("78,5 %")) { Men = Measurement.Parse("81 %"), Women = Measurement.Parse("76,2 %"), Analysis = "Ökning mot T1." },
            new IndicatorValue("ind-antal", Measurement.Parse("1 000 st")),
            new IndicatorValue("ind-text", new Measurement("Ej mätt i år", null, null)),
            new IndicatorValue("ind-tom", null),
        ],
        Activities =
        [
            new ActivityReport("act-1", ActivityStatus.Genomford),
            new ActivityReport("act-2", ActivityStatus.Pagar),
            new ActivityReport("act-3", ActivityStatus.EjPaborjad),
            new ActivityReport("act-4", ActivityStatus.Avvikelse) { Analysis = "Upphandlingen överklagades." },
        ],
    };

    private static OutcomeEntry Submission(string author, long basedOn, string? activityId = null, string goalId = GoalId,
        ReportingPeriod? period = null, string analysis = "Arbetet går enligt plan.") =>
        new(goalId, period ?? T2, OutcomeState.Submitted, Content(analysis))
        {
            AuthorId = author,
            AuthorName = $"Namn för {author}",
            BasedOnVersion = basedOn,
            SourceActivityId = activityId,
        };

    private static OutcomeEntry Draft(string author, string analysis, long basedOn = 0) =>
        new(GoalId, T2, OutcomeState.Draft, new OutcomeContent { Analysis = analysis })
        {
            AuthorId = author,
            AuthorName = $"Namn för {author}",
            BasedOnVersion = basedOn,
        };

    [Fact]
    public async Task First_submission_is_stored_as_version_1_at_the_store_clock()
    {
        await using var store = await MigratedStoreAsync(new FakeTimeProvider(Morning));
        var entry = Submission("alice", basedOn: 0, activityId: "activity-1");

        var result = await store.SubmitAsync(entry);

        Assert.Equal(SubmitStatus.Stored, result.Status);
        var expected = entry with { Version = 1, RecordedAt = Morning };
        OutcomeAssert.Equal(expected, result.Current);
        var snapshot = await store.GetAsync(GoalId, T2, "alice");
        OutcomeAssert.Equal(expected, snapshot.LatestSubmitted);
        Assert.Equal(1, snapshot.CurrentVersion);
        Assert.Null(snapshot.Draft);
        OutcomeAssert.Equal([expected], await store.HistoryAsync(GoalId));
    }

    [Fact]
    public async Task Submissions_number_up_and_keep_a_given_recorded_time()
    {
        var clock = new FakeTimeProvider(Morning);
        await using var store = await MigratedStoreAsync(clock);
        var given = new DateTimeOffset(2026, 9, 1, 14, 0, 0, TimeSpan.FromHours(2)).AddTicks(1234567);

        var first = await store.SubmitAsync(Submission("alice", 0) with { RecordedAt = given });
        clock.Advance(TimeSpan.FromHours(1));
        var second = await store.SubmitAsync(Submission("bob", 1, analysis: "Rättad analys."));

        Assert.Equal((SubmitStatus.Stored, 1L), (first.Status, first.Current!.Version));
        Assert.Equal((SubmitStatus.Stored, 2L), (second.Status, second.Current!.Version));
        // Kept as given, in UTC and whole microseconds: what both engines give back.
        Assert.Equal(given.AddTicks(-7), first.Current.RecordedAt);
        Assert.Equal(TimeSpan.Zero, first.Current.RecordedAt.Offset);
        Assert.Equal(Morning.AddHours(1), second.Current.RecordedAt);
        OutcomeAssert.Equal([first.Current, second.Current], await store.HistoryAsync(GoalId));
    }

    [Fact]
    public async Task A_stale_submission_is_refused_with_the_newer_entry_and_its_author()
    {
        await using var store = await MigratedStoreAsync(new FakeTimeProvider(Morning));
        var alice = (await store.SubmitAsync(Submission("alice", 0, "activity-a"))).Current!;
        var stampBefore = await store.ChangeStampAsync();

        var bob = await store.SubmitAsync(Submission("bob", 0, "activity-b", analysis: "Bob byggde på en gammal version."));

        Assert.Equal(SubmitStatus.Conflict, bob.Status);
        OutcomeAssert.Equal(alice, bob.Current);
        Assert.Equal("alice", bob.Current!.AuthorId);
        Assert.Equal("Namn för alice", bob.Current.AuthorName);
        OutcomeAssert.Equal([alice], await store.HistoryAsync(GoalId));
        Assert.Equal(stampBefore, await store.ChangeStampAsync());
    }

    [Fact]
    public async Task A_submission_based_on_a_version_that_does_not_exist_is_a_conflict()
    {
        await using var store = await MigratedStoreAsync();

        var result = await store.SubmitAsync(Submission("alice", basedOn: 3));

        Assert.Equal(new SubmitResult(SubmitStatus.Conflict, null), result);
        Assert.Empty(await store.AllSubmittedAsync());
    }

    [Fact]
    public async Task A_replayed_activity_id_is_a_duplicate_and_changes_nothing()
    {
        await using var store = await MigratedStoreAsync(new FakeTimeProvider(Morning));
        await store.SaveDraftAsync(Draft("alice", "Utkast efter inskickning"));
        var first = (await store.SubmitAsync(Submission("alice", 0, "activity-1"))).Current!;
        await store.SaveDraftAsync(Draft("alice", "Nytt utkast efter inskickning", basedOn: 1));
        var historyBefore = await store.HistoryAsync(GoalId);
        var stampBefore = await store.ChangeStampAsync();
        var draftBefore = (await store.GetAsync(GoalId, T2, "alice")).Draft!;

        // The same Teams activity again, exactly, and again as if built on the version it created.
        var replay = await store.SubmitAsync(Submission("alice", 0, "activity-1"));
        var replayOnNewer = await store.SubmitAsync(Submission("alice", 1, "activity-1", analysis: "Annat innehåll"));

        Assert.Equal(SubmitStatus.Duplicate, replay.Status);
        Assert.Equal(SubmitStatus.Duplicate, replayOnNewer.Status);
        OutcomeAssert.Equal(first, replay.Current);
        OutcomeAssert.Equal(first, replayOnNewer.Current);
        OutcomeAssert.Equal(historyBefore, await store.HistoryAsync(GoalId));
        Assert.Equal(stampBefore, await store.ChangeStampAsync());
        OutcomeAssert.Equal(draftBefore, (await store.GetAsync(GoalId, T2, "alice")).Draft);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM outcomes"));
    }

    [Fact]
    public async Task Drafts_are_per_person_and_a_submit_removes_only_the_submitters_draft()
    {
        await using var store = await MigratedStoreAsync(new FakeTimeProvider(Morning));
        await store.SaveDraftAsync(Draft("alice", "Alice första utkast"));
        await store.SaveDraftAsync(Draft("alice", "Alice andra utkast"));
        await store.SaveDraftAsync(Draft("bob", "Bobs utkast"));

        var aliceView = await store.GetAsync(GoalId, T2, "alice");
        var bobView = await store.GetAsync(GoalId, T2, "bob");
        var carolView = await store.GetAsync(GoalId, T2, "carol");

        OutcomeAssert.Equal(Draft("alice", "Alice andra utkast") with { RecordedAt = Morning }, aliceView.Draft);
        OutcomeAssert.Equal(Draft("bob", "Bobs utkast") with { RecordedAt = Morning }, bobView.Draft);
        Assert.Equal(new OutcomeSnapshot(null, null), carolView);
        Assert.Null((await store.GetAsync(GoalId, new ReportingPeriod(2026, PeriodKind.VB), "alice")).Draft);
        Assert.Empty(await store.AllSubmittedAsync());

        await store.SubmitAsync(Submission("alice", 0));

        Assert.Null((await store.GetAsync(GoalId, T2, "alice")).Draft);
        Assert.Equal("Bobs utkast", (await store.GetAsync(GoalId, T2, "bob")).Draft!.Content.Analysis);

        await store.DeleteDraftAsync(GoalId, T2, "bob");
        Assert.Null((await store.GetAsync(GoalId, T2, "bob")).Draft);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM outcome_drafts"));
    }

    [Fact]
    public async Task History_is_per_goal_oldest_first_and_all_submitted_covers_every_goal_and_period()
    {
        await using var store = await MigratedStoreAsync(new FakeTimeProvider(Morning));
        const string other = "hagersten-alvsjo/2026/nm-1.2.1";
        var t1 = new ReportingPeriod(2026, PeriodKind.T1);
        var stored = new List<OutcomeEntry>();
        async Task Submit(OutcomeEntry e) => stored.Add((await store.SubmitAsync(e)).Current!);

        await Submit(Submission("alice", 0, goalId: GoalId, period: t1, analysis: "T1"));
        await Submit(Submission("alice", 0, goalId: other, analysis: "Annat mål"));
        await Submit(Submission("alice", 0, analysis: "T2 v1"));
        await Submit(Submission("bob", 1, analysis: "T2 v2"));
        await Submit(Submission("alice", 1, goalId: GoalId, period: t1, analysis: "T1 v2"));

        var history = await store.HistoryAsync(GoalId);

        Assert.Equal(["T1", "T2 v1", "T2 v2", "T1 v2"], history.Select(e => e.Content.Analysis));
        Assert.Equal([1L, 1, 2, 2], history.Select(e => e.Version));
        Assert.All(history, e => Assert.Equal(OutcomeState.Submitted, e.State));
        OutcomeAssert.Equal(stored, await store.AllSubmittedAsync());
        Assert.Equal("Annat mål", Assert.Single(await store.HistoryAsync(other)).Content.Analysis);
        Assert.Empty(await store.HistoryAsync("finns-inte"));
        Assert.Equal(2, (await store.GetAsync(GoalId, t1, "carol")).CurrentVersion);
    }

    [Fact]
    public async Task The_change_stamp_moves_on_submissions_only()
    {
        await using var store = await MigratedStoreAsync();
        var empty = await store.ChangeStampAsync();

        await store.SaveDraftAsync(Draft("alice", "Utkast"));
        Assert.Equal(empty, await store.ChangeStampAsync());

        await store.SubmitAsync(Submission("alice", 0));
        var afterFirst = await store.ChangeStampAsync();
        Assert.NotEqual(empty, afterFirst);

        await store.SaveDraftAsync(Draft("bob", "Utkast", basedOn: 1));
        await store.DeleteDraftAsync(GoalId, T2, "bob");
        await store.SubmitAsync(Submission("carol", 0));
        Assert.Equal(afterFirst, await store.ChangeStampAsync());

        await store.SubmitAsync(Submission("bob", 1));
        Assert.NotEqual(afterFirst, await store.ChangeStampAsync());
    }

    [Fact]
    public async Task Unicode_and_long_texts_round_trip_exactly()
    {
        await using var store = await MigratedStoreAsync(new FakeTimeProvider(Morning));
        var text = string.Concat(Enumerable.Repeat("Åtgärder för äldre på Östermalm – \"trygghet\" & <säkerhet> 👩‍⚕️ ∑\r\n\t\\ ", 400));
        var entry = new OutcomeEntry("mål/å-ä-ö/3.6.1 ✓", new ReportingPeriod(2026, PeriodKind.VB), OutcomeState.Submitted, Content(text, Bedomning.UppfyllsInte) with
        {
            Indicators = [new IndicatorValue("ind-ö", new Measurement("0,000 000 1 ‰", 0.0000001m, "‰")) { Analysis = text }],
            Activities = [new ActivityReport("akt-å", ActivityStatus.Avvikelse) { Analysis = text }],
        })
        {
            AuthorId = "1f2e3d4c-0000-4000-8000-00000000abcd",
            AuthorName = "Åsa Öberg-Ängström",
            SourceActivityId = "f:" + new string('x', 500),
        };

        var stored = (await store.SubmitAsync(entry)).Current!;
        await store.SaveDraftAsync(entry with { State = OutcomeState.Draft });

        Assert.True(text.Length > 20_000);
        OutcomeAssert.Equal(stored, Assert.Single(await store.HistoryAsync(entry.GoalId)));
        OutcomeAssert.Equal(entry with { Version = 1, RecordedAt = Morning }, stored);
        var draft = (await store.GetAsync(entry.GoalId, entry.Period, entry.AuthorId)).Draft;
        OutcomeAssert.Equal(entry with { State = OutcomeState.Draft, RecordedAt = Morning }, draft);
    }

    [Fact]
    public async Task Re_importing_a_plan_never_touches_its_outcomes()
    {
        await using var store = await MigratedStoreAsync(new FakeTimeProvider(Morning));
        var plan = SamplePlans.Namnd();
        await store.SavePlansAsync([plan]);
        var goal = plan.FindByNumber("1.2.1")!;
        var period = new ReportingPeriod(plan.Year, PeriodKind.T2);
        var first = (await store.SubmitAsync(Submission("alice", 0, "a-1", goalId: goal.Id, period: period))).Current!;
        var second = (await store.SubmitAsync(Submission("bob", 1, "a-2", goalId: goal.Id, period: period))).Current!;
        await store.SaveDraftAsync(Draft("carol", "Utkast") with { GoalId = goal.Id, Period = period });

        await store.SavePlansAsync([SamplePlans.Namnd()]);
        OutcomeAssert.Equal([first, second], await store.HistoryAsync(goal.Id));

        var withoutGoal = SamplePlans.Namnd();
        withoutGoal.Goals.RemoveAll(g => g.Id == goal.Id || g.ParentId == goal.Id);
        await store.SavePlansAsync([withoutGoal]);

        Assert.Null((await store.GetPlanAsync(plan.Id))!.Goals.FirstOrDefault(g => g.Id == goal.Id));
        OutcomeAssert.Equal([first, second], await store.HistoryAsync(goal.Id));
        Assert.Equal("Utkast", (await store.GetAsync(goal.Id, period, "carol")).Draft!.Content.Analysis);

        // Deleting the plan outright (no API does; an operator might) leaves the history too.
        await ExecuteAsync("DELETE FROM goals");
        await ExecuteAsync("DELETE FROM plans");
        OutcomeAssert.Equal([first, second], await store.AllSubmittedAsync());
    }

    [Fact]
    public async Task The_database_refuses_to_rewrite_or_delete_history()
    {
        await using var store = await MigratedStoreAsync();
        var stored = (await store.SubmitAsync(Submission("alice", 0))).Current!;

        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync("UPDATE outcomes SET author_id = 'mallory'"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync("DELETE FROM outcomes"));

        OutcomeAssert.Equal([stored], await store.HistoryAsync(GoalId));
    }

    [Fact]
    public async Task Content_of_an_unknown_future_shape_is_refused_rather_than_misread()
    {
        await using var store = await MigratedStoreAsync();
        await ExecuteAsync("""
            INSERT INTO outcomes (goal_id, period_year, period_kind, version, state, content, author_id, recorded_at, based_on_version)
            VALUES ('g', 2026, 'T2', 1, 'submitted', '{"schema": 2, "assessment": "helt"}', 'alice', '2026-09-07 08:30:00+00:00', 0)
            """);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.AllSubmittedAsync());
        Assert.Contains("schema 2", error.Message);
    }

    [Fact]
    public async Task A_text_with_a_nul_character_is_refused_on_every_engine_and_nothing_is_written()
    {
        await using var store = await MigratedStoreAsync();
        var entry = Submission("alice", 0, "activity-nul");
        var withNul = entry with
        {
            Content = entry.Content with { Activities = [new ActivityReport("act-1", ActivityStatus.Avvikelse) { Analysis = "Före\0efter" }] },
        };

        await Assert.ThrowsAsync<ArgumentException>(() => store.SubmitAsync(withNul));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveDraftAsync(withNul with { State = OutcomeState.Draft }));

        Assert.Empty(await store.AllSubmittedAsync());
        Assert.Null((await store.GetAsync(GoalId, T2, "alice")).Draft);
        Assert.Equal(SubmitStatus.Stored, (await store.SubmitAsync(entry)).Status);
    }

    [Fact]
    public async Task Parallel_submits_on_one_version_from_separate_instances_store_exactly_one()
    {
        await using (var migrator = await MigratedStoreAsync()) { }
        var instances = Enumerable.Range(0, 8).Select(_ => OpenStore()).ToList();
        try
        {
            // Task.Run: SQLite's async calls complete synchronously; this makes the eight truly concurrent.
            var results = await Task.WhenAll(instances.Select((store, n) =>
                Task.Run(() => store.SubmitAsync(Submission($"author-{n}", 0, $"activity-{n}", analysis: $"Version från {n}")))));

            var stored = Assert.Single(results, r => r.Status == SubmitStatus.Stored).Current!;
            var refused = results.Where(r => r.Status != SubmitStatus.Stored).ToList();
            Assert.Equal(7, refused.Count);
            Assert.All(refused, r =>
            {
                Assert.Equal(SubmitStatus.Conflict, r.Status);
                OutcomeAssert.Equal(stored, r.Current);
            });
            OutcomeAssert.Equal([stored], await instances[0].HistoryAsync(GoalId));
            Assert.Equal(1, stored.Version);
        }
        finally
        {
            foreach (var store in instances) await store.DisposeAsync();
        }
    }
}
