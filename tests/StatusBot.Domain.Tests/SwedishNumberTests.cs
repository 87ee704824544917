using StatusBot.Domain.Indicators;

namespace StatusBot.Domain.Tests;

public class SwedishNumberTests
{
    [Theory]
    [InlineData("2,7", 2.7)]
    [InlineData("1 000", 1000)]
    [InlineData("3 125,6", 3125.6)]
    [InlineData("-3", -3)]
    [InlineData(" 45 ", 45)]
    [InlineData("1945", 1945)]
    public void Parses_swedish_numbers(string text, double expected)
    {
        Assert.True(SwedishNumber.TryParse(text, out var v));
        Assert.Equal((decimal)expected, v);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("2,7 %")]
    [InlineData("1 00")]
    public void Refuses_what_is_not_a_whole_number(string text) => Assert.False(SwedishNumber.TryParse(text, out _));

    [Theory]
    [InlineData(2.7, "2,7")]
    [InlineData(1000, "1 000")]
    [InlineData(0.04, "0,04")]
    [InlineData(-12.5, "-12,5")]
    public void Formats_with_comma_and_plain_space(double value, string expected) =>
        Assert.Equal(expected, SwedishNumber.Format((decimal)value));
}
