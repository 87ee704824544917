using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Application.Reminders;

namespace StatusBot.Tests.Reminders;

/// <summary>A nämnd with four nämndmål: Anna answers for three, Bo for one with Cia as his delegate.</summary>
internal static class PlannerFixture
{
    public const string Organisation = "Testnämnden";
    public const string Anna = "anna@stockholm.se";
    public const string Bo = "bo@stockholm.se";
    public const string Cia = "cia@stockholm.se";
    public const string Coordinator = "samordnare@stockholm.se";
    public const string AnnasManager = "chef@stockholm.se";

    public static ReportingCalendar Calendar(int year, DateOnly t1, DateOnly t2, DateOnly vb, bool escalateToManager = true, TimeOnly? sendTime = null) =>
        new(Organisation, year,
            new Dictionary<PeriodKind, LocalDeadline> { [PeriodKind.T1] = new(t1), [PeriodKind.T2] = new(t2), [PeriodKind.VB] = new(vb) },
            new ReminderOffsets(),
            sendTime ?? ReportingCalendar.DefaultSendTime,
            QuietHours.Default,
            [Coordinator],
            escalateToManager);

    /// <summary>2025: T1 Monday 5 May (after 1 maj and Easter), T2 Monday 8 September, VB Monday 26 January 2026.</summary>
    public static ReportingCalendar Calendar2025(bool escalateToManager = true) =>
        Calendar(2025, new(2025, 5, 5), new(2025, 9, 8), new(2026, 1, 26), escalateToManager);

    public static Plan Plan(int year)
    {
        var plan = new Plan(Organisation, year, DocumentKind.Verksamhetsplan);
        foreach (var (number, title) in new[] { ("3.6.1", "Fler i arbete"), ("3.6.2", "Fler i utbildning"), ("3.6.3", "Fler i praktik"), ("1.1.1", "Trygga parker") })
            plan.Goals.Add(new Goal($"g-{year}-{number}", GoalLevel.Namndmal, title) { Number = number });
        return plan;
    }

    public static Responsibility[] Responsibilities(int year) =>
    [
        new(Organisation, year, "3.6.1", new PersonRef(Anna), ResponsibilityRole.Ansvarig),
        new(Organisation, year, "3.6.2", new PersonRef(Anna), ResponsibilityRole.Ansvarig),
        new(Organisation, year, "3.6.3", new PersonRef(Anna), ResponsibilityRole.Ansvarig),
        new(Organisation, year, "1.1.1", new PersonRef(Bo), ResponsibilityRole.Ansvarig),
        new(Organisation, year, "1.1.1", new PersonRef(Cia), ResponsibilityRole.Delegate),
        new("Annan nämnd", year, "3.6.1", new PersonRef("annan@stockholm.se"), ResponsibilityRole.Ansvarig),
    ];

    public static string? ManagerOf(string upn) => string.Equals(upn, Anna, StringComparison.OrdinalIgnoreCase) ? AnnasManager : null;

    public static DateTimeOffset Local(int y, int m, int d, int h = 8, int min = 0) => StockholmTime.ToInstant(new DateOnly(y, m, d), new TimeOnly(h, min));
}
