using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Mcp.Tools;

namespace StatusBot.Mcp.Tests;

public sealed class ToolArgumentsTests
{
    [Theory]
    [InlineData("T2 2024", PeriodKind.T2, 2024)]
    [InlineData("t1", PeriodKind.T1, null)]
    [InlineData("VB", PeriodKind.VB, null)]
    [InlineData("2023", null, 2023)]
    [InlineData("2023 VB", PeriodKind.VB, 2023)]
    public void Periods_are_read_as_the_documents_write_them(string text, PeriodKind? kind, int? year)
    {
        var period = ToolArguments.Period(text)!;
        Assert.Equal(kind, period.Kind);
        Assert.Equal(year, period.Year);
    }

    [Theory]
    [InlineData("Q3")]
    [InlineData("T4 2024")]
    [InlineData("hösten")]
    public void An_unreadable_period_is_a_Swedish_argument_error(string text) =>
        Assert.StartsWith("Perioden", Assert.Throws<ArgumentException>(() => ToolArguments.Period(text)).Message);

    [Theory]
    [InlineData("nämndmål", GoalLevel.Namndmal)]
    [InlineData("Enhetsmål", GoalLevel.Enhetsmal)]
    [InlineData("KF:s inriktningsmål", GoalLevel.Inriktningsmal)]
    [InlineData("verksamhetsområdesmål", GoalLevel.Verksamhetsomradesmal)]
    public void Levels_are_read_in_Swedish(string text, GoalLevel level) => Assert.Equal(level, ToolArguments.Level(text));

    [Theory]
    [InlineData("uppfylls delvis", Bedomning.UppfyllsDelvis)]
    [InlineData("helt", Bedomning.UppfyllsHelt)]
    [InlineData("Uppfylls inte", Bedomning.UppfyllsInte)]
    public void Assessments_are_read_in_Swedish(string text, Bedomning bedomning) => Assert.Equal(bedomning, ToolArguments.Assessment(text));
}
