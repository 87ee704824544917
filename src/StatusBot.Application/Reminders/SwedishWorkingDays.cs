using System.Collections.Concurrent;
using PublicHoliday;

namespace StatusBot.Application.Reminders;

/// <summary>
/// Working days in a Swedish municipality: Monday–Friday except public holidays (from the PublicHoliday package) and
/// the eves that are de facto days off in the city's administrations: midsommarafton, julafton and nyårsafton.
/// PublicHoliday 3.17.0 already lists the three eves; they are unioned in explicitly so the rule cannot change with
/// the package's version.
/// </summary>
public static class SwedishWorkingDays
{
    private static readonly SwedenPublicHoliday Holidays = new();
    private static readonly ConcurrentDictionary<int, HashSet<DateOnly>> DaysOffByYear = new();

    /// <summary>Public holidays and the de facto days off of a year, weekends not included.</summary>
    public static IReadOnlySet<DateOnly> DaysOff(int year) => DaysOffByYear.GetOrAdd(year, static y =>
    {
        var days = Holidays.PublicHolidays(y).Select(DateOnly.FromDateTime).ToHashSet();
        days.Add(DateOnly.FromDateTime(SwedenPublicHoliday.MidsummerEve(y)));
        days.Add(DateOnly.FromDateTime(SwedenPublicHoliday.ChristmasEve(y)));
        days.Add(DateOnly.FromDateTime(SwedenPublicHoliday.NewYearsEve(y)));
        return days;
    });

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DaysOff(date.Year).Contains(date);

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after (positive) or before (negative) <paramref name="date"/>,
    /// counting only working days and not the start itself; 0 returns the date unchanged.
    /// </summary>
    public static DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var left = Math.Abs(workingDays);
        var day = date;
        while (left > 0)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    /// <summary>The date itself if it is a working day, else the next one.</summary>
    public static DateOnly OnOrAfter(DateOnly date)
    {
        var day = date;
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }
}
