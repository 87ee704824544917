using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Text;
using StatusBot.Domain.Indicators;

namespace StatusBot.Tests.Cards;

public class SwedishFormattingTests
{
    [Theory]
    [InlineData(2026, 4, 30, "30 april 2026")]
    [InlineData(2023, 1, 1, "1 januari 2023")]
    [InlineData(2024, 8, 31, "31 augusti 2024")]
    [InlineData(2023, 12, 9, "9 december 2023")]
    public void Dates_have_swedish_month_names_and_no_leading_zero(int y, int m, int d, string expected) =>
        Assert.Equal(expected, SwedishDate.Format(new DateOnly(y, m, d)));

    [Fact]
    public void Ranges_within_a_year_name_the_year_once()
    {
        Assert.Equal("1 januari–31 december 2023", SwedishDate.FormatRange(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)));
        Assert.Equal("1 januari 2022–31 december 2024", SwedishDate.FormatRange(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31)));
        Assert.Equal("från 1 januari 2023", SwedishDate.FormatRange(new DateOnly(2023, 1, 1), null));
        Assert.Equal("till 30 april 2026", SwedishDate.FormatRange(null, new DateOnly(2026, 4, 30)));
        Assert.Equal("30 april 2026", SwedishDate.FormatRange(new DateOnly(2026, 4, 30), new DateOnly(2026, 4, 30)));
        Assert.Null(SwedishDate.FormatRange(null, null));
    }

    [Fact]
    public void Instants_are_dated_in_Stockholm_time()
    {
        // 23:30 UTC on 30 April is 01:30 on 1 May in Stockholm (summer time, UTC+2).
        Assert.Equal("1 maj 2026", SwedishDate.Format(new DateTimeOffset(2026, 4, 30, 23, 30, 0, TimeSpan.Zero)));
        // 22:30 UTC on 31 December is 23:30 the same day in Stockholm (winter time, UTC+1).
        Assert.Equal("31 december 2025", SwedishDate.Format(new DateTimeOffset(2025, 12, 31, 22, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2,7 %", "2,7 %")]
    [InlineData("96,5  %", "96,5 %")]
    [InlineData("1 000 st", "1 000 st")]
    [InlineData("1945 GWh", "1 945 GWh")]
    [InlineData("0,04", "0,04")]
    public void Numbers_display_with_decimal_comma_and_space_grouping(string raw, string expected) =>
        Assert.Equal(expected, Measurement.Parse(raw).Display);

    [Fact]
    public void Shortening_cuts_at_a_word_boundary_and_marks_the_cut()
    {
        var text = SyntheticPlans.LongAnalysis(1000);
        var shortened = TextShortener.Shorten(text, 300);

        Assert.True(shortened.Length <= 300, $"{shortened.Length} characters");
        Assert.EndsWith("…", shortened);
        var head = shortened[..^1];
        Assert.StartsWith(head, text);
        Assert.Equal(' ', text[head.Length]); // the next character starts a new word: no word was cut
        Assert.True(head.Length > 250, "cut far too early");
    }

    [Fact]
    public void Shortening_leaves_short_text_alone_and_cuts_a_giant_word_hard()
    {
        Assert.Equal("Kort text.", TextShortener.Shorten("  Kort text. ", 300));
        var giant = new string('x', 500);
        Assert.Equal(new string('x', 299) + "…", TextShortener.Shorten(giant, 300));
        Assert.False(TextShortener.IsLonger("Kort text.", 300));
    }
}
