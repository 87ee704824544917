using StatusBot.Domain.Periods;

namespace StatusBot.Application.Reminders;

/// <summary>
/// One organisation's reporting calendar for one year: the internal deadlines of T1, T2 and VB (VB's usually falls
/// in January of the following year), when the reminders go out, quiet hours and who the coordinators are.
/// </summary>
public sealed record ReportingCalendar(
    string Organisation,
    int Year,
    IReadOnlyDictionary<PeriodKind, LocalDeadline> Deadlines,
    ReminderOffsets Offsets,
    TimeOnly SendTime,
    QuietHours QuietHours,
    IReadOnlyList<string> Coordinators,
    bool EscalateToManager)
{
    public static readonly TimeOnly DefaultSendTime = new(8, 0);
}

/// <summary>A deadline as people write it: a local date and, optionally, the time of day (else end of the day).</summary>
public sealed record LocalDeadline(DateOnly Date, TimeOnly? Time = null)
{
    /// <summary>The instant after which the period's outcome counts as late.</summary>
    public DateTimeOffset Moment => StockholmTime.ToInstant(Date, Time ?? new TimeOnly(23, 59, 59));
}

/// <summary>Working days before (early, late) and after (escalation) the deadline, and the deadline day's hour.</summary>
public sealed record ReminderOffsets(int EarlyWorkingDays = 14, int LateWorkingDays = 3, TimeOnly? DeadlineDayTime = null, int EscalationWorkingDays = 2)
{
    public TimeOnly DeadlineDayAt => DeadlineDayTime ?? new TimeOnly(8, 0);
}

/// <summary>Local hours in which nothing is sent (From ≥ To means the span crosses midnight, e.g. 18:00–07:00).</summary>
public sealed record QuietHours(TimeOnly From, TimeOnly To)
{
    public static readonly QuietHours Default = new(new TimeOnly(18, 0), new TimeOnly(7, 0));

    public bool Contains(TimeOnly time) =>
        From == To ? false
        : From < To ? time >= From && time < To
        : time >= From || time < To;
}
