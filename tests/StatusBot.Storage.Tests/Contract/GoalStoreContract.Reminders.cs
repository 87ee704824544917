using Microsoft.Extensions.Time.Testing;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;
using StatusBot.Storage.Relational;

namespace StatusBot.Storage.Tests.Contract;

/// <summary>The reminder outbox and conversation references (IReminderOutbox, IConversationReferenceStore) on both engines.</summary>
public abstract partial class GoalStoreContract
{
    private static readonly ReportingPeriod ReminderPeriod = new(2026, PeriodKind.T2);
    private static readonly DateTimeOffset ReminderStart = new(2026, 8, 20, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static ReminderMessage Reminder(int person, ReminderStep step = ReminderStep.Early, string organisation = "Hägersten-Älvsjö",
        DateTimeOffset? dueAt = null)
    {
        var upn = $"chef{person}@stockholm.se";
        return new ReminderMessage(ReminderMessage.KeyFor(upn, ReminderPeriod, step), organisation, ReminderPeriod, step,
            new ReminderRecipient(upn, $"00000000-0000-0000-0000-{person:D12}", $"Chef {person}"),
            new DateTimeOffset(2026, 9, 7, 6, 0, 0, TimeSpan.Zero),
            [new OwedGoal($"hagersten-alvsjo/2026/nm-3.6.{person}", $"3.6.{person}", "Trygg och säker stadsdel")])
        {
            DueAt = dueAt ?? ReminderStart,
        };
    }

    private async Task<(RelationalGoalStore Store, FakeTimeProvider Clock)> OutboxAsync()
    {
        var clock = new FakeTimeProvider(ReminderStart);
        return (await MigratedStoreAsync(clock), clock);
    }

    [Fact]
    public async Task Enqueue_adds_each_idempotency_key_once_and_keeps_the_message_intact()
    {
        var (store, _) = await OutboxAsync();
        await using var _store = store;
        var first = Reminder(1) with { About = "Chef 9" };

        Assert.Equal(2, await store.EnqueueAsync([first, Reminder(2)]));
        Assert.Equal(1, await store.EnqueueAsync([first, Reminder(2), Reminder(3)]));

        var listed = await store.ListAsync("Hägersten-Älvsjö", ReminderPeriod);
        Assert.Equal(3, listed.Count);
        Assert.All(listed, i => Assert.Equal(OutboxState.Pending, i.State));
        var stored = listed.Single(i => i.Message.IdempotencyKey == first.IdempotencyKey).Message;
        Assert.Equal(first.Recipient, stored.Recipient);
        Assert.Equal(first.Period, stored.Period);
        Assert.Equal(first.Step, stored.Step);
        Assert.Equal(first.Deadline, stored.Deadline);
        Assert.Equal(first.DueAt, stored.DueAt);
        Assert.Equal("Chef 9", stored.About);
        Assert.Equal(first.Goals, stored.Goals);
        Assert.Empty(await store.ListAsync("Hägersten-Älvsjö", new ReportingPeriod(2026, PeriodKind.VB)));
    }

    [Fact]
    public async Task Claim_takes_only_due_messages_and_a_lease_keeps_others_out_until_it_runs_out()
    {
        var (store, clock) = await OutboxAsync();
        await using var _store = store;
        await store.EnqueueAsync([Reminder(1), Reminder(2), Reminder(3, dueAt: ReminderStart.AddHours(1))]);

        var first = await store.ClaimAsync("a", 10, Lease);
        Assert.Equal(["chef1@stockholm.se", "chef2@stockholm.se"], first.Select(i => i.Message.Recipient.Upn));
        Assert.All(first, i => Assert.Equal(1, i.Attempts));
        Assert.Empty(await store.ClaimAsync("b", 10, Lease));

        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var second = await store.ClaimAsync("b", 10, Lease);
        Assert.Equal(first.Select(i => i.Id), second.Select(i => i.Id));
        Assert.All(second, i => Assert.Equal(2, i.Attempts));

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(3, (await store.ClaimAsync("c", 10, Lease)).Count);
    }

    [Fact]
    public async Task Claim_respects_the_batch_size()
    {
        var (store, _) = await OutboxAsync();
        await using var _store = store;
        await store.EnqueueAsync([.. Enumerable.Range(1, 7).Select(p => Reminder(p))]);
        var a = await store.ClaimAsync("a", 3, Lease);
        var b = await store.ClaimAsync("b", 3, Lease);
        var c = await store.ClaimAsync("c", 3, Lease);
        Assert.Equal([3, 3, 1], new[] { a.Count, b.Count, c.Count });
        Assert.Equal(7, a.Concat(b).Concat(c).Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task Only_the_lease_holder_records_a_result_and_a_sent_message_is_never_claimed_again()
    {
        var (store, clock) = await OutboxAsync();
        await using var _store = store;
        await store.EnqueueAsync([Reminder(1)]);
        var item = Assert.Single(await store.ClaimAsync("a", 10, Lease));

        await Assert.ThrowsAsync<OutboxLeaseLostException>(() => store.MarkSentAsync(item.Id, "b"));
        await store.MarkSentAsync(item.Id, "a");
        await Assert.ThrowsAsync<OutboxLeaseLostException>(() => store.MarkSentAsync(item.Id, "a"));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await store.ClaimAsync("a", 10, Lease));
        var listed = Assert.Single(await store.ListAsync("Hägersten-Älvsjö", ReminderPeriod));
        Assert.Equal(OutboxState.Sent, listed.State);
        Assert.Equal(ReminderStart, listed.SentAt);
    }

    [Fact]
    public async Task A_lost_lease_cannot_record_over_the_new_holder()
    {
        var (store, clock) = await OutboxAsync();
        await using var _store = store;
        await store.EnqueueAsync([Reminder(1)]);
        var item = Assert.Single(await store.ClaimAsync("a", 10, Lease));
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Single(await store.ClaimAsync("b", 10, Lease));

        await Assert.ThrowsAsync<OutboxLeaseLostException>(() => store.MarkFailedAsync(item.Id, "a", "503", clock.GetUtcNow()));
        await store.MarkSentAsync(item.Id, "b");
        Assert.Equal(OutboxState.Sent, Assert.Single(await store.ListAsync("Hägersten-Älvsjö", ReminderPeriod)).State);
    }

    [Fact]
    public async Task A_failed_message_waits_for_its_retry_time_and_a_given_up_one_never_returns()
    {
        var (store, clock) = await OutboxAsync();
        await using var _store = store;
        await store.EnqueueAsync([Reminder(1), Reminder(2)]);
        var claimed = await store.ClaimAsync("a", 10, Lease);
        await store.MarkFailedAsync(claimed[0].Id, "a", "HTTP 503", clock.GetUtcNow().AddMinutes(5));
        await store.MarkFailedAsync(claimed[1].Id, "a", "HTTP 403: appen är borttagen", retryAt: clock.GetUtcNow().AddMinutes(5), permanent: true);

        Assert.Empty(await store.ClaimAsync("a", 10, Lease));
        clock.Advance(TimeSpan.FromMinutes(5));
        var retried = Assert.Single(await store.ClaimAsync("a", 10, Lease));
        Assert.Equal(claimed[0].Id, retried.Id);
        Assert.Equal(OutboxState.Failed, retried.State);
        Assert.Equal("HTTP 503", retried.LastError);
        Assert.Equal(2, retried.Attempts);
        await store.MarkFailedAsync(retried.Id, "a", "HTTP 503 igen", retryAt: null);

        clock.Advance(TimeSpan.FromDays(30));
        Assert.Empty(await store.ClaimAsync("a", 10, Lease));
        var listed = await store.ListAsync("Hägersten-Älvsjö", ReminderPeriod);
        Assert.All(listed, i => Assert.Equal(OutboxState.GivenUp, i.State));
        Assert.Equal(["HTTP 503 igen", "HTTP 403: appen är borttagen"], listed.Select(i => i.LastError));
    }

    [Fact]
    public async Task A_paused_organisation_is_not_claimed_until_resumed()
    {
        var (store, _) = await OutboxAsync();
        await using var _store = store;
        await store.EnqueueAsync([Reminder(1), Reminder(2, organisation: "Skarpnäck")]);
        Assert.False(await store.IsPausedAsync("Skarpnäck"));

        await store.SetPausedAsync("Skarpnäck", true, "samordnare@stockholm.se");
        Assert.True(await store.IsPausedAsync("Skarpnäck"));
        Assert.Equal("Hägersten-Älvsjö", Assert.Single(await store.ClaimAsync("a", 10, Lease)).Message.Organisation);

        await store.SetPausedAsync("Skarpnäck", false, "samordnare@stockholm.se");
        Assert.False(await store.IsPausedAsync("Skarpnäck"));
        Assert.Equal("Skarpnäck", Assert.Single(await store.ClaimAsync("a", 10, Lease)).Message.Organisation);
    }

    [Fact]
    public async Task Concurrent_claims_from_several_store_instances_never_share_a_message()
    {
        var (seed, _) = await OutboxAsync();
        await using var _seed = seed;
        await seed.EnqueueAsync([.. Enumerable.Range(1, 60).Select(p => Reminder(p))]);
        var clock = new FakeTimeProvider(ReminderStart);
        var stores = Enumerable.Range(0, 4).Select(_ => OpenStore(clock)).ToArray();
        try
        {
            var claims = await Task.WhenAll(stores.Select(async (s, n) =>
            {
                var mine = new List<long>();
                while (await s.ClaimAsync($"d{n}", 4, Lease) is { Count: > 0 } batch) mine.AddRange(batch.Select(i => i.Id));
                return mine;
            }));
            var all = claims.SelectMany(c => c).ToList();
            Assert.Equal(60, all.Count);
            Assert.Equal(60, all.Distinct().Count());
        }
        finally
        {
            foreach (var s in stores) await s.DisposeAsync();
        }
    }

    [Fact]
    public async Task Conversation_references_are_saved_found_by_object_id_and_marked_unreachable()
    {
        await using var store = await MigratedStoreAsync();
        var seen = new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero);
        var reference = new StoredConversationReference("AAAA0000-0000-0000-0000-000000000001", "https://smba.trafficmanager.net/emea/",
            "a:1xyz", "tenant", "28:bot", "29:user", seen);
        Assert.Null(await store.FindPersonalAsync(reference.AadObjectId));

        await store.SaveAsync(reference);
        Assert.Equal(reference with { AadObjectId = reference.AadObjectId.ToLowerInvariant() }, await store.FindPersonalAsync(reference.AadObjectId));

        await store.MarkUnreachableAsync(reference.AadObjectId, "Användaren har tagit bort appen (403).");
        Assert.Equal("Användaren har tagit bort appen (403).", (await store.FindPersonalAsync(reference.AadObjectId.ToLowerInvariant()))!.UnreachableReason);

        // Talking to the bot again means the app is back.
        var again = reference with { ConversationId = "a:2new", SeenAt = seen.AddDays(3) };
        await store.SaveAsync(again);
        var found = await store.FindPersonalAsync(reference.AadObjectId);
        Assert.Equal("a:2new", found!.ConversationId);
        Assert.Null(found.UnreachableReason);

        await store.MarkUnreachableAsync("bbbb0000-0000-0000-0000-000000000002", "Kunde inte installera appen.");
        Assert.Equal("Kunde inte installera appen.", (await store.FindPersonalAsync("bbbb0000-0000-0000-0000-000000000002"))!.UnreachableReason);
    }
}
