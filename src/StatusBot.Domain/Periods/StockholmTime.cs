namespace StatusBot.Domain.Periods;

/// <summary>
/// Wall-clock time in Stockholm, where the reporting calendar lives. Reminders are promised "at 08:00" local time, which
/// is 07:00Z in winter and 06:00Z in summer: every conversion goes through the zone's rules, never a fixed offset.
/// </summary>
public static class StockholmTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>The instant of a local date and time. A time skipped by spring-forward (02:00–03:00) moves one hour on.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Today's date in Stockholm by <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLocal(time.GetUtcNow()).DateTime);

    /// <summary>Parses "2026-05-04T08:00", "2026-05-04" (midnight) or a value with an offset; no offset means Stockholm time.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        var hasOffset = s.EndsWith('Z') || s.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(s, @"T.*[+-]\d{2}:?\d{2}$");
        if (hasOffset)
            return DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out instant);
        if (!DateTime.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local)) return false;
        instant = ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        return true;
    }
}
