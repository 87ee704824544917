using StatusBot.Domain.Language;

namespace StatusBot.Domain.Tests;

/// <summary>Swedish takes the singular for exactly one, the plural for 0, 2, 5 and 21 alike.</summary>
public sealed class SwedishCountTests
{
    [Theory]
    [InlineData(0, "0 inskickade utfall")]
    [InlineData(1, "1 inskickat utfall")]
    [InlineData(2, "2 inskickade utfall")]
    [InlineData(5, "5 inskickade utfall")]
    [InlineData(21, "21 inskickade utfall")]
    [InlineData(1500, "1 500 inskickade utfall")]
    public void A_number_agrees_with_its_words(int count, string expected) =>
        Assert.Equal(expected, SwedishCount.Of(count, "inskickat utfall", "inskickade utfall"));

    [Theory]
    [InlineData(0, "0 ansvariga")]
    [InlineData(1, "1 ansvarig")]
    [InlineData(2, "2 ansvariga")]
    [InlineData(5, "5 ansvariga")]
    [InlineData(21, "21 ansvariga")]
    public void Twenty_one_is_plural_in_swedish(int count, string expected) =>
        Assert.Equal(expected, SwedishCount.Of(count, "ansvarig", "ansvariga"));
}
