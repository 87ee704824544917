using StatusBot.Domain.Periods;

namespace StatusBot.Domain.Tests;

public class ReportingPeriodTests
{
    [Fact]
    public void Tertials_are_cumulative_from_january()
    {
        var t2 = new ReportingPeriod(2026, PeriodKind.T2);
        Assert.Equal(new DateOnly(2026, 1, 1), t2.From);
        Assert.Equal(new DateOnly(2026, 8, 31), t2.To);
        Assert.Equal(new DateOnly(2026, 4, 30), new ReportingPeriod(2026, PeriodKind.T1).To);
        Assert.Equal(new DateOnly(2026, 12, 31), new ReportingPeriod(2026, PeriodKind.VB).To);
    }

    [Theory]
    [InlineData("T2 2026", 2026, PeriodKind.T2)]
    [InlineData("vb 2023", 2023, PeriodKind.VB)]
    [InlineData(" T1 2024 ", 2024, PeriodKind.T1)]
    public void Parses_the_canonical_form(string text, int year, PeriodKind kind) =>
        Assert.Equal(new ReportingPeriod(year, kind), ReportingPeriod.Parse(text));

    [Fact]
    public void Round_trips_through_text() =>
        Assert.Equal("VB 2023", ReportingPeriod.Parse(new ReportingPeriod(2023, PeriodKind.VB).ToString()).ToString());

    [Fact]
    public void Orders_by_year_then_kind()
    {
        var periods = new[] { new ReportingPeriod(2024, PeriodKind.T1), new ReportingPeriod(2023, PeriodKind.VB), new ReportingPeriod(2024, PeriodKind.VB) };
        Assert.Equal(["VB 2023", "T1 2024", "VB 2024"], periods.Order().Select(p => p.ToString()));
    }

    [Theory]
    [InlineData(4, 30, PeriodKind.T1)]
    [InlineData(5, 1, PeriodKind.T2)]
    [InlineData(9, 1, PeriodKind.VB)]
    public void Knows_which_period_a_date_falls_in(int month, int day, PeriodKind kind) =>
        Assert.Equal(kind, ReportingPeriod.Containing(new DateOnly(2026, month, day)).Kind);

    [Theory]
    [InlineData(2026, 3, "T1 2026")]  // this year's plan: the period open today
    [InlineData(2026, 6, "T2 2026")]
    [InlineData(2026, 11, "VB 2026")]
    [InlineData(2025, 3, "VB 2025")]  // a past year is reported in its VB, whatever today is
    [InlineData(2027, 6, "VB 2027")]
    public void The_period_to_report_in_is_todays_for_this_year_else_the_VB(int year, int month, string expected) =>
        Assert.Equal(ReportingPeriod.Parse(expected), ReportingPeriod.ToReportIn(year, new DateOnly(2026, month, 15)));

    [Fact]
    public void Refuses_unknown_text() => Assert.Throws<FormatException>(() => ReportingPeriod.Parse("T4 2026"));
}
