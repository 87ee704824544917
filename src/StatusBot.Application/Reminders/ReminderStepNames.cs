using StatusBot.Domain.Reminders;
using StatusBot.Domain.Periods;

namespace StatusBot.Application.Reminders;

/// <summary>What users and coordinators call each step.</summary>
public static class ReminderStepNames
{
    public static string DisplayName(this ReminderStep step) => step switch
    {
        ReminderStep.Early => "Första påminnelsen",
        ReminderStep.Late => "Andra påminnelsen",
        ReminderStep.DeadlineDay => "Sista dagen",
        ReminderStep.Escalation => "Eskalering",
        _ => step.ToString(),
    };

    /// <summary>"2026-05-04 08:00" in Stockholm time.</summary>
    public static string Local(DateTimeOffset instant) =>
        StockholmTime.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
