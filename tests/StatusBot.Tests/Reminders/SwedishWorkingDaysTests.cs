using StatusBot.Application.Reminders;

namespace StatusBot.Tests.Reminders;

public class SwedishWorkingDaysTests
{
    [Theory]
    // Långfredag and annandag påsk (Easter moves: 31 March 2024, 20 April 2025, 5 April 2026).
    [InlineData("2024-03-29")] [InlineData("2024-04-01")]
    [InlineData("2025-04-18")] [InlineData("2025-04-21")]
    [InlineData("2026-04-03")] [InlineData("2026-04-06")]
    // Kristi himmelsfärd, 1 maj, nationaldagen on a weekday.
    [InlineData("2024-05-09")] [InlineData("2025-05-29")] [InlineData("2026-05-14")]
    [InlineData("2025-05-01")] [InlineData("2024-06-06")] [InlineData("2025-06-06")]
    // Midsommarafton (a de facto day off) and midsommardagen.
    [InlineData("2024-06-21")] [InlineData("2025-06-20")] [InlineData("2026-06-19")]
    // Trettondedag jul, julafton, juldagen, annandag jul, nyårsafton, nyårsdagen.
    [InlineData("2025-01-06")] [InlineData("2024-12-24")] [InlineData("2024-12-25")] [InlineData("2024-12-26")]
    [InlineData("2025-12-31")] [InlineData("2026-01-01")] [InlineData("2024-11-02")]
    public void Holidays_weekends_and_the_eves_are_not_working_days(string date)
    {
        var day = DateOnly.Parse(date);
        Assert.False(SwedishWorkingDays.IsWorkingDay(day), $"{date} ({day.DayOfWeek}) should be a day off");
    }

    [Theory]
    [InlineData("2024-01-05")] // trettondagsafton: an ordinary Friday
    [InlineData("2024-03-28")] // skärtorsdag
    [InlineData("2025-06-09")] // annandag pingst has not been a holiday since 2005
    [InlineData("2024-04-30")] // valborgsmässoafton
    [InlineData("2025-12-23")]
    [InlineData("2026-01-07")]
    public void Ordinary_weekdays_next_to_holidays_are_working_days(string date) =>
        Assert.True(SwedishWorkingDays.IsWorkingDay(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2024-04-03", -3, "2024-03-27")] // back over annandag påsk, the Easter weekend and långfredag
    [InlineData("2025-05-05", -14, "2025-04-10")] // back over 1 maj, annandag påsk and långfredag
    [InlineData("2026-05-18", -3, "2026-05-12")] // back over Kristi himmelsfärd
    [InlineData("2025-06-10", -3, "2025-06-04")] // back over nationaldagen
    [InlineData("2026-06-23", -3, "2026-06-17")] // back over midsommarafton
    [InlineData("2024-12-27", 2, "2025-01-02")] // forward over nyårsafton and nyårsdagen
    [InlineData("2026-01-26", -14, "2026-01-05")] // back over trettondedag jul
    [InlineData("2025-09-08", 2, "2025-09-10")]
    [InlineData("2025-09-08", 0, "2025-09-08")]
    public void Adds_and_subtracts_working_days(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), SwedishWorkingDays.AddWorkingDays(DateOnly.Parse(from), days));

    [Fact]
    public void Every_year_has_about_250_working_days()
    {
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var count = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
                .Count(d => SwedishWorkingDays.IsWorkingDay(new DateOnly(year, 1, 1).AddDays(d)));
            Assert.InRange(count, 244, 252);
        }
    }
}
