using StatusBot.Import.Tables;

namespace StatusBot.Import.Tests.Tables;

public class ActivityRowParserTests
{
    [Fact]
    public void Text_then_dates_and_flag()
    {
        var row = ActivityRowParser.Parse("Ta fram en samverkansmodell för tidigt socialt stöd 2023-01-01 2023-12-31 Avvikelse");
        Assert.NotNull(row);
        Assert.Equal("Ta fram en samverkansmodell för tidigt socialt stöd", row.Title);
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (row.Start!.Value, row.End!.Value));
        Assert.True(row.Deviation);
    }

    [Fact]
    public void Plan_row_without_flag()
    {
        var row = ActivityRowParser.Parse("Stadsdelsnämnderna ska upprätta en parkleksplan 2024-01-01 2024-08-31");
        Assert.NotNull(row);
        Assert.False(row.Deviation);
        Assert.Equal(new DateOnly(2024, 8, 31), row.End);
    }

    [Fact]
    public void An_impossible_date_parses_to_null_not_an_exception()
    {
        var row = ActivityRowParser.Parse("Något 2024-02-30 2024-13-01");
        Assert.NotNull(row);
        Assert.Null(row.Start);
        Assert.Null(row.End);
    }

    [Theory]
    [InlineData("2024-01-01 2024-12-31")]
    [InlineData("Utan datum")]
    public void Rows_need_text_and_dates(string text) => Assert.Null(ActivityRowParser.Parse(text));
}
