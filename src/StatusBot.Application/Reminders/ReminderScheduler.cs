using StatusBot.Domain.Store;
using StatusBot.Domain.Periods;

namespace StatusBot.Application.Reminders;

/// <summary>
/// Runs the planner for every calendar every few minutes (<c>Reminders:PlanEveryMinutes</c>, default 5) and puts
/// what is due into the outbox, which keeps each idempotency key once: re-planning never sends twice. Paused
/// organisations are skipped; the dispatcher sends.
/// </summary>
public sealed class ReminderScheduler(
    IReadOnlyList<ReportingCalendar> calendars,
    IReminderInputSource inputs,
    IReminderOutbox outbox,
    IManagerDirectory managers,
    TimeProvider time,
    ILogger<ReminderScheduler> logger,
    TimeSpan? interval = null) : BackgroundService
{
    public const string IntervalKey = "Reminders:PlanEveryMinutes";
    public const int DefaultIntervalMinutes = 5;

    private readonly TimeSpan _interval = interval ?? TimeSpan.FromMinutes(DefaultIntervalMinutes);
    private int _warnedYear;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await RunOnceAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            // One failed round (store unreachable) must not stop reminders for good; the next round retries.
            catch (Exception ex) { logger.LogError(ex, "Reminder planning failed; retrying in {Interval}", _interval); }
            try { await Task.Delay(_interval, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>One planning round; returns how many new messages went into the outbox.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        WarnIfThisYearHasNoCalendar(now);
        if (calendars.Count == 0) return 0;
        var loaded = await inputs.LoadAsync(ct);
        var added = 0;
        foreach (var calendar in calendars)
        {
            if (await outbox.IsPausedAsync(calendar.Organisation, ct)) continue;
            var due = loaded.Plan(now, calendar, managers);
            if (due.Count == 0) continue;
            var count = await outbox.EnqueueAsync(due, ct);
            if (count > 0) logger.LogInformation("Planned {Count} new reminders for {Organisation}", count, calendar.Organisation);
            added += count;
        }
        return added;
    }

    private void WarnIfThisYearHasNoCalendar(DateTimeOffset now)
    {
        var year = StockholmTime.ToLocal(now).Year;
        if (_warnedYear == year || calendars.Any(c => c.Year == year)) return;
        _warnedYear = year;
        logger.LogWarning("No reporting calendar for {Year} (Reminders:Calendars or Reminders:CalendarFile): no reminders are planned for it", year);
    }
}
