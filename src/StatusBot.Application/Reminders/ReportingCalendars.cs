using System.Globalization;
using Microsoft.Extensions.Configuration;
using StatusBot.Domain.Periods;

namespace StatusBot.Application.Reminders;

/// <summary>
/// Reads the reporting calendars from configuration (<c>Reminders:Calendars</c>) and from the JSON file named by
/// <c>Reminders:CalendarFile</c> (same shape under <c>"calendars"</c>, with <c>"format": "statusbot-calendar"</c>).
/// A calendar in the file replaces one in configuration for the same organisation and year. Bad values throw a
/// Swedish <see cref="FormatException"/>, since a reminder on the wrong day is worse than none.
/// </summary>
public static class ReportingCalendars
{
    public const string SectionName = "Reminders:Calendars";
    public const string FileKey = "Reminders:CalendarFile";
    public const string FileFormat = "statusbot-calendar";

    public static IReadOnlyList<ReportingCalendar> Load(IConfiguration configuration, string? baseDirectory = null)
    {
        var calendars = Read(configuration.GetSection(SectionName)).ToList();
        if (configuration[FileKey] is { Length: > 0 } path)
        {
            var full = Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory ?? Directory.GetCurrentDirectory(), path);
            foreach (var fromFile in ReadFile(full))
            {
                calendars.RemoveAll(c => Same(c, fromFile));
                calendars.Add(fromFile);
            }
        }
        return calendars;
    }

    public static IReadOnlyList<ReportingCalendar> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FormatException($"Kalenderfilen {path} finns inte.");
        var file = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        if (!string.Equals(file["format"], FileFormat, StringComparison.OrdinalIgnoreCase))
            throw new FormatException($"Kalenderfilen {path} saknar \"format\": \"{FileFormat}\".");
        return Read(file.GetSection("calendars"));
    }

    public static IReadOnlyList<ReportingCalendar> Read(IConfigurationSection section) =>
        (section.Get<List<CalendarEntry>>() ?? []).Select(ToCalendar).ToArray();

    public static ReportingCalendar ToCalendar(CalendarEntry e)
    {
        if (string.IsNullOrWhiteSpace(e.Organisation)) throw new FormatException("En påminnelsekalender saknar Organisation.");
        if (e.Year is < 2000 or > 2100) throw new FormatException($"Påminnelsekalendern för {e.Organisation} har ett orimligt år: {e.Year}.");
        var deadlines = new Dictionary<PeriodKind, LocalDeadline>();
        Add(PeriodKind.T1, e.Deadlines.T1);
        Add(PeriodKind.T2, e.Deadlines.T2);
        Add(PeriodKind.VB, e.Deadlines.VB);
        var o = e.Offsets;
        if (o.EarlyWorkingDays < 0 || o.LateWorkingDays < 0 || o.EscalationWorkingDays < 0)
            throw new FormatException($"Påminnelsekalendern för {e.Organisation} {e.Year}: antal arbetsdagar får inte vara negativt.");
        return new ReportingCalendar(
            e.Organisation.Trim(),
            e.Year,
            deadlines,
            new ReminderOffsets(o.EarlyWorkingDays, o.LateWorkingDays, Time(o.DeadlineDayTime, "Offsets:DeadlineDayTime"), o.EscalationWorkingDays),
            Time(e.SendTime, "SendTime") ?? ReportingCalendar.DefaultSendTime,
            new QuietHours(Time(e.QuietHours.From, "QuietHours:From") ?? QuietHours.Default.From, Time(e.QuietHours.To, "QuietHours:To") ?? QuietHours.Default.To),
            e.Coordinators.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            e.EscalateToManager);

        void Add(PeriodKind kind, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            if (!DateTime.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
                throw new FormatException($"Påminnelsekalendern för {e.Organisation} {e.Year}: sista dag för {kind} '{text}' ska skrivas som 2026-05-04 eller 2026-05-04T12:00.");
            var hasTime = text.Trim().Length > 10;
            deadlines[kind] = new LocalDeadline(DateOnly.FromDateTime(value), hasTime ? TimeOnly.FromDateTime(value) : null);
        }

        TimeOnly? Time(string? text, string name)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            return TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                ? t
                : throw new FormatException($"Påminnelsekalendern för {e.Organisation} {e.Year}: {name} '{text}' ska skrivas som 08:00.");
        }
    }

    private static bool Same(ReportingCalendar a, ReportingCalendar b) =>
        a.Year == b.Year && string.Equals(a.Organisation, b.Organisation, StringComparison.OrdinalIgnoreCase);
}
