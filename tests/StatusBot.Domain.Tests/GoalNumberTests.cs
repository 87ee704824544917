using StatusBot.Domain.Goals;

namespace StatusBot.Domain.Tests;

public class GoalNumberTests
{
    [Theory]
    [InlineData("3.6.1", "3.6.1")]
    [InlineData("1.4.1. ", "1.4.1")]
    [InlineData("1.2.1.Alla barn", "1.2.1")]
    [InlineData("3,6,1", "3.6.1")]
    [InlineData(" 3 . 6 . 1 ", "3.6.1")]
    [InlineData("2", "2")]
    public void Normalizes_printed_and_typed_forms(string text, string expected) =>
        Assert.Equal(expected, GoalNumber.Normalize(text));

    [Fact]
    public void Orders_numerically() =>
        Assert.True(GoalNumber.Compare("3.10", "3.9") > 0);
}
