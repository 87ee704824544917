namespace StatusBot.Application.Reminders;

/// <summary>
/// One item of <c>Reminders:Calendars</c> (or of a calendar file's <c>calendars</c>), as bound from configuration.
/// Dates are "yyyy-MM-dd" or "yyyy-MM-ddTHH:mm" in Stockholm time; times are "HH:mm".
/// </summary>
public sealed class CalendarEntry
{
    public string? Organisation { get; set; }

    public int Year { get; set; }

    public DeadlineEntries Deadlines { get; set; } = new();

    public OffsetEntries Offsets { get; set; } = new();

    public string? SendTime { get; set; }

    public QuietHoursEntry QuietHours { get; set; } = new();

    public List<string> Coordinators { get; set; } = [];

    public bool EscalateToManager { get; set; }

    public sealed class DeadlineEntries
    {
        public string? T1 { get; set; }

        public string? T2 { get; set; }

        public string? VB { get; set; }
    }

    public sealed class OffsetEntries
    {
        public int EarlyWorkingDays { get; set; } = 14;

        public int LateWorkingDays { get; set; } = 3;

        public string? DeadlineDayTime { get; set; }

        public int EscalationWorkingDays { get; set; } = 2;
    }

    public sealed class QuietHoursEntry
    {
        public string? From { get; set; }

        public string? To { get; set; }
    }
}
