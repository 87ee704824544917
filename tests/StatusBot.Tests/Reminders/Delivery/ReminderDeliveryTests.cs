using Microsoft.Extensions.Time.Testing;
using Moq;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;
using StatusBot.Teams.Reminders;
using StatusBot.Storage.Sqlite;

namespace StatusBot.Tests.Reminders.Delivery;

/// <summary>
/// The dispatcher against a fake Connector on loopback (real HTTP, the real connector client with its retries and
/// rate limiter) over a SQLite outbox, with Graph's app installation Moq'd: every person gets exactly one reminder per
/// step, failures are retried or given up as they should be, and nothing is lost.
/// </summary>
public sealed class ReminderDeliveryTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("statusbot-outbox-").FullName;
    private readonly FakeTimeProvider _clock = new(DeliveryRig.Start);
    private DeliveryRig _rig = null!;
    private SqliteGoalStore _store = null!;

    private string DatabaseFile => Path.Combine(_directory, "goals.db");

    public async Task InitializeAsync()
    {
        _rig = await DeliveryRig.StartAsync();
        _store = new SqliteGoalStore(DatabaseFile, _clock);
        await _store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _rig.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Every_person_gets_exactly_one_reminder_per_step_even_when_planned_twice()
    {
        var people = Enumerable.Range(1, 30).ToList();
        await DeliveryRig.RememberConversationsAsync(_store, _rig.Connector.ServiceUrl, people);
        var planned = people.SelectMany(n => new[] { DeliveryRig.Reminder(n, ReminderStep.Early), DeliveryRig.Reminder(n, ReminderStep.Late) }).ToList();
        Assert.Equal(60, await _store.EnqueueAsync(planned));
        Assert.Equal(0, await _store.EnqueueAsync(planned)); // the planner running again adds nothing

        var dispatcher = _rig.Dispatcher(_store, _clock, new ReminderDeliveryOptions { BatchSize = 7 });
        await DeliveryRig.DrainAsync(dispatcher, _clock, _store);

        var delivered = _rig.DeliveriesByKey();
        Assert.Equal(planned.Select(m => m.IdempotencyKey).Order(), delivered.Keys.Order());
        Assert.All(delivered, d => Assert.Equal(1, d.Value));
        // Each card went to its person's own chat.
        Assert.All(_rig.Connector.Accepted, a => Assert.StartsWith(a.ConversationId, DeliveryRig.ConversationOf(int.Parse(DeliveryRig.KeyOf(a.Activity)[4..DeliveryRig.KeyOf(a.Activity).IndexOf('@')]))));
        Assert.All(await _store.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period), i => Assert.Equal(OutboxState.Sent, i.State));
        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Throttling_unavailability_and_timeouts_are_retried_until_everyone_has_exactly_one()
    {
        var people = Enumerable.Range(1, 24).ToList();
        await DeliveryRig.RememberConversationsAsync(_store, _rig.Connector.ServiceUrl, people);
        // 1–8: one 429 with Retry-After (the connector client waits and retries itself);
        // 9–16: 503 three times, more than the client's 2 retries, so the outbox retries later;
        // 17–24: slower than the dispatcher's send timeout on the first try.
        _rig.Connector.Behaviour = (conversation, attempt) => int.Parse(conversation["a:chat-".Length..]) switch
        {
            <= 8 when attempt == 1 => ConnectorAnswer.Throttled(1),
            > 8 and <= 16 when attempt <= 3 => new ConnectorAnswer.Status(503),
            > 16 when attempt == 1 => new ConnectorAnswer.Slow(TimeSpan.FromSeconds(8)),
            _ => ConnectorAnswer.Ok,
        };
        await _store.EnqueueAsync([.. people.Select(n => DeliveryRig.Reminder(n))]);
        var dispatcher = _rig.Dispatcher(_store, _clock, new ReminderDeliveryOptions { SendTimeoutSeconds = 3, MaxParallelSends = 8 });

        await dispatcher.RunOnceAsync(CancellationToken.None);
        var afterFirst = await _store.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period);
        Assert.True(8 == afterFirst.Count(i => i.State == OutboxState.Sent), string.Join("\n", afterFirst.Select(i => $"{i.Message.Recipient.Upn} {i.State} {i.LastError}")));
        var waiting = afterFirst.Where(i => i.State == OutboxState.Failed).ToList();
        Assert.Equal(16, waiting.Count);
        Assert.All(waiting, i => Assert.True(i.NextAttemptAt > _clock.GetUtcNow(), "a failed reminder waits before its retry"));
        Assert.Contains(waiting, i => i.LastError!.Contains("503", StringComparison.Ordinal));
        Assert.Contains(waiting, i => i.LastError!.Contains("Tidsgränsen", StringComparison.Ordinal));

        await DeliveryRig.DrainAsync(dispatcher, _clock, _store);

        var delivered = _rig.DeliveriesByKey();
        Assert.Equal(24, delivered.Count);
        Assert.All(delivered, d => Assert.Equal(1, d.Value));
        var final = await _store.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period);
        Assert.All(final, i => Assert.Equal(OutboxState.Sent, i.State));
        Assert.All(final.Where(i => i.Message.Recipient.Upn is "chef1@stockholm.se"), i => Assert.Equal(1, i.Attempts));
        Assert.All(final.Where(i => i.Message.Recipient.Upn is "chef9@stockholm.se" or "chef17@stockholm.se"), i => Assert.Equal(2, i.Attempts));
        Assert.Equal(2, _rig.Connector.AttemptsOn(DeliveryRig.ConversationOf(1))); // the 429 and its retry
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_backoff_is_honoured()
    {
        await DeliveryRig.RememberConversationsAsync(_store, _rig.Connector.ServiceUrl, [1]);
        _rig.Connector.Behaviour = (_, attempt) => attempt <= 3 ? new ConnectorAnswer.Status(503, RetryAfterSeconds: 0) : ConnectorAnswer.Ok;
        await _store.EnqueueAsync([DeliveryRig.Reminder(1)]);
        var dispatcher = _rig.Dispatcher(_store, _clock, new ReminderDeliveryOptions { RetryBaseSeconds = 1 });
        await dispatcher.RunOnceAsync(CancellationToken.None);
        var shortWait = Assert.Single(await _store.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period)).NextAttemptAt!.Value - _clock.GetUtcNow();
        Assert.InRange(shortWait, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromMinutes(10), ReminderBackoff.Delay(1, TimeSpan.FromMinutes(10), new ReminderDeliveryOptions { RetryBaseSeconds = 1 }, 0.7));
        Assert.Equal(TimeSpan.FromSeconds(60), ReminderBackoff.Delay(1, null, new ReminderDeliveryOptions(), 1));
        Assert.Equal(TimeSpan.FromSeconds(240), ReminderBackoff.Delay(3, TimeSpan.FromSeconds(5), new ReminderDeliveryOptions(), 1));
        Assert.Equal(TimeSpan.FromSeconds(1800), ReminderBackoff.Delay(12, null, new ReminderDeliveryOptions(), 0));
    }

    [Fact]
    public async Task A_reminder_that_keeps_failing_is_given_up_after_the_attempt_limit_and_stays_visible()
    {
        await DeliveryRig.RememberConversationsAsync(_store, _rig.Connector.ServiceUrl, [1, 2]);
        _rig.Connector.Behaviour = (conversation, _) => conversation == DeliveryRig.ConversationOf(1) ? new ConnectorAnswer.Status(503) : ConnectorAnswer.Ok;
        await _store.EnqueueAsync([DeliveryRig.Reminder(1), DeliveryRig.Reminder(2)]);
        var dispatcher = _rig.Dispatcher(_store, _clock, new ReminderDeliveryOptions { MaxAttempts = 3 });

        await DeliveryRig.DrainAsync(dispatcher, _clock, _store);

        var items = await _store.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period);
        var failed = items.Single(i => i.Message.Recipient.Upn == DeliveryRig.Upn(1));
        Assert.Equal(OutboxState.GivenUp, failed.State);
        Assert.Equal(3, failed.Attempts);
        Assert.Contains("503", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxState.Sent, items.Single(i => i.Message.Recipient.Upn == DeliveryRig.Upn(2)).State);
        Assert.Equal(3 * 3, _rig.Connector.AttemptsOn(DeliveryRig.ConversationOf(1))); // 3 outbox attempts × (1 + 2 client retries)
        _clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_token_is_retried_later_but_a_malformed_request_is_given_up_at_once()
    {
        await DeliveryRig.RememberConversationsAsync(_store, _rig.Connector.ServiceUrl, [1, 2]);
        // Person 1: 401 twice (the client's forced token refresh and resend both refused), then fixed; person 2: 400.
        _rig.Connector.Behaviour = (conversation, attempt) => conversation == DeliveryRig.ConversationOf(1)
            ? attempt <= 2 ? new ConnectorAnswer.Status(401) : ConnectorAnswer.Ok
            : new ConnectorAnswer.Status(400);
        await _store.EnqueueAsync([DeliveryRig.Reminder(1), DeliveryRig.Reminder(2)]);
        var dispatcher = _rig.Dispatcher(_store, _clock);

        await dispatcher.RunOnceAsync(CancellationToken.None);
        var first = await _store.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period);
        Assert.Equal(OutboxState.Failed, first.Single(i => i.Message.Recipient.Upn == DeliveryRig.Upn(1)).State);
        Assert.Equal(OutboxState.GivenUp, first.Single(i => i.Message.Recipient.Upn == DeliveryRig.Upn(2)).State);

        await DeliveryRig.DrainAsync(dispatcher, _clock, _store);
        Assert.Equal(1, _rig.DeliveriesByKey()[DeliveryRig.Reminder(1).IdempotencyKey]);
        Assert.False(_rig.DeliveriesByKey().ContainsKey(DeliveryRig.Reminder(2).IdempotencyKey));
        Assert.Null((await _store.FindPersonalAsync(DeliveryRig.AadId(2)))!.UnreachableReason); // a bad request is not a removed app
    }

    [Fact]
    public async Task A_user_who_removed_the_app_is_recorded_and_not_tried_again()
    {
        await DeliveryRig.RememberConversationsAsync(_store, _rig.Connector.ServiceUrl, [1]);
        _rig.Connector.Behaviour = (_, _) => new ConnectorAnswer.Status(403);
        await _store.EnqueueAsync([DeliveryRig.Reminder(1, ReminderStep.Early)]);
        var dispatcher = _rig.Dispatcher(_store, _clock);
        await dispatcher.RunOnceAsync(CancellationToken.None);

        var item = Assert.Single(await _store.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period));
        Assert.Equal(OutboxState.GivenUp, item.State);
        Assert.Equal(1, item.Attempts);
        Assert.NotNull((await _store.FindPersonalAsync(DeliveryRig.AadId(1)))!.UnreachableReason);

        // The next step for the same person does not even reach the connector.
        await _store.EnqueueAsync([DeliveryRig.Reminder(1, ReminderStep.Late)]);
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, _rig.Connector.AttemptsOn(DeliveryRig.ConversationOf(1)));
        Assert.All(await _store.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period), i => Assert.Equal(OutboxState.GivenUp, i.State));
    }

    [Fact]
    public async Task Someone_the_bot_never_talked_to_gets_the_app_installed_and_a_new_chat_that_is_remembered()
    {
        var installer = new Mock<IAppInstaller>(MockBehavior.Strict);
        installer.Setup(i => i.EnsureInstalledAsync(DeliveryRig.AadId(1), It.IsAny<CancellationToken>())).ReturnsAsync(AppInstallResult.Installed);
        installer.Setup(i => i.EnsureInstalledAsync(DeliveryRig.AadId(2), It.IsAny<CancellationToken>())).ReturnsAsync(AppInstallResult.Blocked("Appen är blockerad av policy"));
        await _store.EnqueueAsync([DeliveryRig.Reminder(1), DeliveryRig.Reminder(2)]);
        var dispatcher = _rig.Dispatcher(_store, _clock, installer: installer.Object);

        await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal([DeliveryRig.AadId(1)], _rig.Connector.CreatedFor);
        var (conversation, activity) = Assert.Single(_rig.Connector.Accepted);
        Assert.Equal($"a:new-{DeliveryRig.AadId(1)}", conversation);
        Assert.Equal(DeliveryRig.Reminder(1).IdempotencyKey, DeliveryRig.KeyOf(activity));
        var remembered = await _store.FindPersonalAsync(DeliveryRig.AadId(1));
        Assert.Equal(conversation, remembered!.ConversationId);
        Assert.Equal(_rig.Connector.ServiceUrl, remembered.ServiceUrl);
        Assert.Contains("policy", (await _store.FindPersonalAsync(DeliveryRig.AadId(2)))!.UnreachableReason, StringComparison.Ordinal);
        var items = await _store.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period);
        Assert.Equal(OutboxState.GivenUp, items.Single(i => i.Message.Recipient.Upn == DeliveryRig.Upn(2)).State);

        // The next reminder uses the remembered chat: no second installation.
        await _store.EnqueueAsync([DeliveryRig.Reminder(1, ReminderStep.Late)]);
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Single(_rig.Connector.CreatedFor);
        installer.Verify(i => i.EnsureInstalledAsync(DeliveryRig.AadId(1), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(2, _rig.Connector.Accepted.Count(a => a.ConversationId == conversation));
    }

    [Fact]
    public async Task A_paused_organisation_gets_nothing_until_resumed()
    {
        await DeliveryRig.RememberConversationsAsync(_store, _rig.Connector.ServiceUrl, [1, 2]);
        await _store.EnqueueAsync([DeliveryRig.Reminder(1), DeliveryRig.Reminder(2, organisation: "Skarpnäck")]);
        await _store.SetPausedAsync("Skarpnäck", true, "samordnare@stockholm.se");
        var dispatcher = _rig.Dispatcher(_store, _clock);

        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal([DeliveryRig.Reminder(1).IdempotencyKey], _rig.DeliveriesByKey().Keys);

        await _store.SetPausedAsync("Skarpnäck", false, "samordnare@stockholm.se");
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal(2, _rig.DeliveriesByKey().Count);
    }

    [Fact]
    public async Task A_dispatcher_killed_mid_batch_leaves_at_most_one_duplicate_and_loses_nothing()
    {
        var people = Enumerable.Range(1, 20).ToList();
        await DeliveryRig.RememberConversationsAsync(_store, _rig.Connector.ServiceUrl, people);
        await _store.EnqueueAsync([.. people.Select(n => DeliveryRig.Reminder(n))]);
        var options = new ReminderDeliveryOptions { MaxParallelSends = 1, LeaseSeconds = 120 };

        // The first process: killed right after the connector accepted its 5th message, before it could record it.
        using var kill = new CancellationTokenSource();
        _rig.Connector.AfterAccepting = async count =>
        {
            if (count != 5) return;
            await kill.CancelAsync();
            await Task.Delay(300);
        };
        await using (var firstStore = new SqliteGoalStore(DatabaseFile, _clock))
        {
            var first = _rig.Dispatcher(firstStore, _clock, options, id: "instance-1");
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunOnceAsync(kill.Token));
        }
        _rig.Connector.AfterAccepting = null;
        var inFlight = DeliveryRig.KeyOf(_rig.Connector.Accepted.Last().Activity);
        Assert.Equal(5, _rig.Connector.Accepted.Count);

        // The second process over the same file: nothing to do while the dead one's lease lasts, everything after.
        await using var secondStore = new SqliteGoalStore(DatabaseFile, _clock);
        var second = _rig.Dispatcher(secondStore, _clock, options, id: "instance-2");
        Assert.Equal(0, await second.RunOnceAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(options.LeaseSeconds + 1));
        Assert.Equal(16, await second.RunOnceAsync(CancellationToken.None));

        var delivered = _rig.DeliveriesByKey();
        Assert.Equal(people.Select(n => DeliveryRig.Reminder(n).IdempotencyKey).Order(), delivered.Keys.Order());
        Assert.Equal(2, delivered[inFlight]);
        Assert.All(delivered.Where(d => d.Key != inFlight), d => Assert.Equal(1, d.Value));
        Assert.All(await secondStore.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period), i => Assert.Equal(OutboxState.Sent, i.State));
    }
}
