using Microsoft.Extensions.Configuration;
using StatusBot.Domain.Periods;
using StatusBot.Application.Reminders;

namespace StatusBot.Tests.Reminders;

public class ReportingCalendarsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Binds_a_calendar_with_defaults_for_what_is_left_out()
    {
        var calendars = ReportingCalendars.Load(Config(
            ("Reminders:Calendars:0:Organisation", "Testnämnden"),
            ("Reminders:Calendars:0:Year", "2026"),
            ("Reminders:Calendars:0:Deadlines:T1", "2026-05-04"),
            ("Reminders:Calendars:0:Deadlines:VB", "2027-01-25T12:00"),
            ("Reminders:Calendars:0:Coordinators:0", "samordnare@stockholm.se"),
            ("Reminders:Calendars:0:EscalateToManager", "true")));
        var c = Assert.Single(calendars);
        Assert.Equal(new LocalDeadline(new DateOnly(2026, 5, 4)), c.Deadlines[PeriodKind.T1]);
        Assert.Equal(new LocalDeadline(new DateOnly(2027, 1, 25), new TimeOnly(12, 0)), c.Deadlines[PeriodKind.VB]);
        Assert.False(c.Deadlines.ContainsKey(PeriodKind.T2));
        Assert.Equal(new ReminderOffsets(14, 3, null, 2), c.Offsets);
        Assert.Equal(new TimeOnly(8, 0), c.Offsets.DeadlineDayAt);
        Assert.Equal(new TimeOnly(8, 0), c.SendTime);
        Assert.Equal(QuietHours.Default, c.QuietHours);
        Assert.Equal(["samordnare@stockholm.se"], c.Coordinators);
        Assert.True(c.EscalateToManager);
    }

    [Fact]
    public void A_calendar_file_replaces_the_configured_calendar_of_the_same_organisation_and_year()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("statusbot-calendar-").FullName, "kalender.json");
        File.WriteAllText(file, """
            { "format": "statusbot-calendar",
              "calendars": [ { "Organisation": "testnämnden", "Year": 2026, "Deadlines": { "T2": "2026-09-07" },
                               "Offsets": { "EarlyWorkingDays": 10, "DeadlineDayTime": "09:30" }, "SendTime": "08:30",
                               "QuietHours": { "From": "17:00", "To": "08:00" } } ] }
            """);
        var calendars = ReportingCalendars.Load(Config(
            ("Reminders:Calendars:0:Organisation", "Testnämnden"), ("Reminders:Calendars:0:Year", "2026"),
            ("Reminders:Calendars:0:Deadlines:T1", "2026-05-04"),
            ("Reminders:CalendarFile", file)));
        var c = Assert.Single(calendars);
        Assert.Equal([PeriodKind.T2], c.Deadlines.Keys);
        Assert.Equal(10, c.Offsets.EarlyWorkingDays);
        Assert.Equal(new TimeOnly(9, 30), c.Offsets.DeadlineDayAt);
        Assert.Equal(new TimeOnly(8, 30), c.SendTime);
        Assert.Equal(new QuietHours(new TimeOnly(17, 0), new TimeOnly(8, 0)), c.QuietHours);
    }

    [Theory]
    [InlineData("Reminders:Calendars:0:Deadlines:T1", "4 maj 2026")]
    [InlineData("Reminders:Calendars:0:SendTime", "åtta")]
    public void Bad_values_are_refused_in_Swedish(string key, string value)
    {
        var ex = Assert.Throws<FormatException>(() => ReportingCalendars.Load(Config(
            ("Reminders:Calendars:0:Organisation", "Testnämnden"), ("Reminders:Calendars:0:Year", "2026"), (key, value))));
        Assert.Contains("Påminnelsekalendern för Testnämnden 2026", ex.Message);
    }

    [Fact]
    public void A_file_without_the_format_marker_is_refused()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("statusbot-calendar-").FullName, "kalender.json");
        File.WriteAllText(file, """{ "calendars": [] }""");
        Assert.Throws<FormatException>(() => ReportingCalendars.ReadFile(file));
    }
}
