using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;

namespace StatusBot.Application.Reminders;

/// <summary>When each step of a period is due, and until when it is still worth sending.</summary>
public sealed record StepMoment(ReportingPeriod Period, ReminderStep Step, DateTimeOffset DueAt, DateTimeOffset RelevantUntil, DateTimeOffset Deadline);

/// <summary>
/// The step moments of a calendar, in Stockholm time on Swedish working days. A pre-deadline step stays relevant
/// only until the next step is due, so a planner that was down does not send a stale early reminder next to the
/// late one; the escalation stays relevant for <see cref="EscalationWindowDays"/> days, after which the chase is
/// the coordinators' own.
/// </summary>
public static class ReminderSchedule
{
    public const int EscalationWindowDays = 14;

    public static IReadOnlyList<StepMoment> For(ReportingCalendar calendar)
    {
        var moments = new List<StepMoment>();
        foreach (var (kind, deadline) in calendar.Deadlines.OrderBy(d => d.Key))
        {
            var period = new ReportingPeriod(calendar.Year, kind);
            var o = calendar.Offsets;
            var early = At(calendar, SwedishWorkingDays.AddWorkingDays(deadline.Date, -o.EarlyWorkingDays), calendar.SendTime);
            var late = At(calendar, SwedishWorkingDays.AddWorkingDays(deadline.Date, -o.LateWorkingDays), calendar.SendTime);
            // A deadline on a weekend or holiday gets its "last day" reminder on the working day before.
            var lastDay = SwedishWorkingDays.IsWorkingDay(deadline.Date) ? deadline.Date : SwedishWorkingDays.AddWorkingDays(deadline.Date, -1);
            var onTheDay = At(calendar, lastDay, o.DeadlineDayAt);
            var escalation = At(calendar, SwedishWorkingDays.AddWorkingDays(deadline.Date, o.EscalationWorkingDays), calendar.SendTime);
            var due = deadline.Moment;
            if (escalation <= due) escalation = At(calendar, SwedishWorkingDays.AddWorkingDays(deadline.Date, Math.Max(1, o.EscalationWorkingDays)), calendar.SendTime);
            moments.Add(new StepMoment(period, ReminderStep.Early, early, Min(late, due), due));
            moments.Add(new StepMoment(period, ReminderStep.Late, late, Min(onTheDay, due), due));
            moments.Add(new StepMoment(period, ReminderStep.DeadlineDay, onTheDay, due, due));
            moments.Add(new StepMoment(period, ReminderStep.Escalation, escalation, escalation.AddDays(EscalationWindowDays), due));
        }
        return moments;
    }

    /// <summary>The instant of a local date and time, moved out of the quiet hours to their end on a working day.</summary>
    public static DateTimeOffset At(ReportingCalendar calendar, DateOnly date, TimeOnly time)
    {
        var quiet = calendar.QuietHours;
        if (!quiet.Contains(time)) return StockholmTime.ToInstant(date, time);
        // Before the end of the quiet hours on the same morning, or in the evening part: the next morning.
        var day = time < quiet.To ? date : date.AddDays(1);
        return StockholmTime.ToInstant(SwedishWorkingDays.OnOrAfter(day), quiet.To);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
