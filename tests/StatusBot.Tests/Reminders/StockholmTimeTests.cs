using StatusBot.Application.Reminders;
using StatusBot.Domain.Periods;

namespace StatusBot.Tests.Reminders;

public class StockholmTimeTests
{
    [Theory]
    // 08:00 local is 07:00Z in winter (CET) and 06:00Z in summer (CEST); DST starts the last Sunday of March and ends
    // the last Sunday of October.
    [InlineData("2025-03-28", "2025-03-28T07:00:00Z")]
    [InlineData("2025-03-31", "2025-03-31T06:00:00Z")]
    [InlineData("2025-10-24", "2025-10-24T06:00:00Z")]
    [InlineData("2025-10-27", "2025-10-27T07:00:00Z")]
    [InlineData("2024-03-29", "2024-03-29T07:00:00Z")]
    [InlineData("2024-04-01", "2024-04-01T06:00:00Z")]
    [InlineData("2026-10-23", "2026-10-23T06:00:00Z")]
    [InlineData("2026-10-26", "2026-10-26T07:00:00Z")]
    public void Eight_in_the_morning_follows_daylight_saving(string date, string utc)
    {
        var instant = StockholmTime.ToInstant(DateOnly.Parse(date), new TimeOnly(8, 0));
        Assert.Equal(DateTimeOffset.Parse(utc).UtcDateTime, instant.UtcDateTime);
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(StockholmTime.ToLocal(instant).DateTime));
    }

    [Fact]
    public void A_time_skipped_by_spring_forward_moves_one_hour_on()
    {
        var instant = StockholmTime.ToInstant(new DateOnly(2025, 3, 30), new TimeOnly(2, 30));
        Assert.Equal(new DateTime(2025, 3, 30, 1, 30, 0), instant.UtcDateTime);
    }

    [Theory]
    [InlineData("2025-06-02T08:00", "2025-06-02T06:00:00Z")]
    [InlineData("2025-01-02", "2025-01-01T23:00:00Z")]
    [InlineData("2025-06-02T08:00:00Z", "2025-06-02T08:00:00Z")]
    [InlineData("2025-06-02T08:00+01:00", "2025-06-02T07:00:00Z")]
    public void Parses_local_times_without_an_offset_as_Stockholm(string text, string utc)
    {
        Assert.True(StockholmTime.TryParse(text, out var instant));
        Assert.Equal(DateTimeOffset.Parse(utc).UtcDateTime, instant.UtcDateTime);
    }
}
