namespace StatusBot.Domain.Reminders;

/// <summary>Which reminder of a period: the offsets before the deadline, the day itself, or the escalation after it.</summary>
public enum ReminderStep
{
    /// <summary>The early reminder (default 14 working days before the deadline).</summary>
    Early,

    /// <summary>The late reminder (default 3 working days before).</summary>
    Late,

    /// <summary>On the deadline day at 08:00.</summary>
    DeadlineDay,

    /// <summary>After the deadline (default 2 working days): to coordinators and, where configured, the manager.</summary>
    Escalation,
}
