using StatusBot.Testing.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Application.Reminders;
using StatusBot.Tests.Support;
using static StatusBot.Tests.Reminders.PlannerFixture;

namespace StatusBot.Tests.Reminders;

public class ReminderSchedulerTests
{
    private sealed class FixedInputs(HashSet<(string, ReportingPeriod)> submitted) : IReminderInputSource
    {
        public int Loads { get; private set; }

        public Task<ReminderInputs> LoadAsync(CancellationToken ct)
        {
            Loads++;
            return Task.FromResult(new ReminderInputs([Plan(2025)], Responsibilities(2025), submitted));
        }
    }

    private sealed class Managers : IManagerDirectory
    {
        public string? ManagerOf(string upn) => PlannerFixture.ManagerOf(upn);
    }

    private static (ReminderScheduler Scheduler, InMemoryReminderOutbox Outbox, FakeTimeProvider Clock, FixedInputs Inputs) Create(DateTimeOffset start, HashSet<(string, ReportingPeriod)>? submitted = null)
    {
        var clock = new FakeTimeProvider(start);
        var outbox = new InMemoryReminderOutbox();
        var inputs = new FixedInputs(submitted ?? []);
        var scheduler = new ReminderScheduler([Calendar2025()], inputs, outbox, new Managers(), clock, NullLogger<ReminderScheduler>.Instance, TimeSpan.FromMinutes(5));
        return (scheduler, outbox, clock, inputs);
    }

    [Fact]
    public async Task Re_planning_every_round_enqueues_each_reminder_once()
    {
        var (scheduler, outbox, clock, _) = Create(Local(2025, 4, 10, 7, 55));
        Assert.Equal(0, await scheduler.RunOnceAsync(default));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(3, await scheduler.RunOnceAsync(default));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await scheduler.RunOnceAsync(default));
        Assert.Equal(3, outbox.Items.Count);
        Assert.All(outbox.Items, i => Assert.Equal(ReminderStep.Early, i.Message.Step));
    }

    [Fact]
    public async Task A_paused_organisation_gets_nothing_until_resumed()
    {
        var (scheduler, outbox, _, _) = Create(Local(2025, 4, 29, 9));
        await outbox.SetPausedAsync(Organisation, true, Coordinator);
        Assert.Equal(0, await scheduler.RunOnceAsync(default));
        await outbox.SetPausedAsync(Organisation, false, Coordinator);
        Assert.Equal(3, await scheduler.RunOnceAsync(default));
        Assert.All(outbox.Items, i => Assert.Equal(ReminderStep.Late, i.Message.Step));
    }

    [Fact]
    public async Task The_background_service_plans_on_its_interval_as_the_clock_moves()
    {
        var (scheduler, outbox, clock, inputs) = Create(Local(2025, 5, 7, 7, 50));
        await scheduler.StartAsync(default);
        await WaitFor(() => inputs.Loads >= 1);
        Assert.Empty(outbox.Items);
        for (var i = 0; i < 3; i++)
        {
            var loads = inputs.Loads;
            clock.Advance(TimeSpan.FromMinutes(5));
            await WaitFor(() => inputs.Loads > loads);
        }
        await scheduler.StopAsync(default);
        Assert.Equal([AnnasManager, Coordinator], outbox.Items.Select(i => i.Message.Recipient.Upn).Order());
        Assert.All(outbox.Items, i => Assert.Equal(ReminderStep.Escalation, i.Message.Step));
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("The scheduler did not run.");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task A_year_without_a_calendar_plans_nothing_and_warns_once()
    {
        var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var clock = new FakeTimeProvider(Local(2026, 4, 20, 9));
        var outbox = new InMemoryReminderOutbox();
        // Only 2025's calendar: its VB reminders end in February 2026, so April 2026 has nothing to plan.
        var scheduler = new ReminderScheduler([Calendar2025()], new FixedInputs([]), outbox, new Managers(), clock, factory.CreateLogger<ReminderScheduler>());
        Assert.Equal(0, await scheduler.RunOnceAsync(default));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await scheduler.RunOnceAsync(default));
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("No reporting calendar for 2026", warning.Message);
        Assert.Empty(outbox.Items);
    }
}
