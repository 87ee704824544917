using StatusBot.Domain.Goals;
using StatusBot.Import.Structure;
using StatusBot.Import.Text;

namespace StatusBot.Import.Tests.Structure;

public class HeadingTests
{
    [Theory]
    [InlineData(" KF:s inriktningsmål: 1. Ett Stockholm som", GoalLevel.Inriktningsmal, "1.", "Ett Stockholm som")]
    [InlineData("KF:s mål för verksamhetsområdet: 3.6 Tryggheten ska öka", GoalLevel.Verksamhetsomradesmal, "3.6", "Tryggheten ska öka")]
    [InlineData("Nämndmål: 3.6.1 Stadsdelsområdet är tryggt", GoalLevel.Namndmal, "3.6.1", "Stadsdelsområdet är tryggt")]
    [InlineData("Nämndmål: 1.4.1. Äldre har", GoalLevel.Namndmal, "1.4.1.", "Äldre har")]
    [InlineData("Nämndmål: 1.2.1.Alla barn", GoalLevel.Namndmal, "1.2.1.", "Alla barn")]
    [InlineData("Nämndmål: Barn och ungdomar", GoalLevel.Namndmal, null, "Barn och ungdomar")]
    [InlineData(" Enhetsmål: Enheten bedriver", GoalLevel.Enhetsmal, null, "Enheten bedriver")]
    public void Headings_and_printed_numbers(string line, GoalLevel level, string? printed, string title)
    {
        Assert.True(GoalHeading.TryRead(line, out var actualLevel, out var rest));
        Assert.Equal(level, actualLevel);
        var (actualPrinted, actualTitle) = GoalHeading.SplitNumber(level, rest);
        Assert.Equal(printed, actualPrinted);
        Assert.Equal(title, actualTitle);
    }

    [Theory]
    [InlineData("Medarbetare i Stockholm ska ges goda förutsättningar att göra ett bra jobb")]
    [InlineData("…beskrivs närmare under kommunfullmäktiges mål för verksamhetsområdet 1.1, 1.3")]
    [InlineData("Nämndmålen har uppfyllts helt.")]
    public void Goal_titles_in_prose_are_not_headings(string line) => Assert.False(GoalHeading.IsHeading(line));

    [Fact]
    public void Inriktningsmal_titles_match_across_spacing_and_hyphens()
    {
        Assert.True(InriktningsmalTitles.TryMatchStart("Ett grönt och fossil- fritt Stockholm som leder en rättvis klimatomställning Stadsdelsnämnden bidrar", out var index, out var length));
        Assert.Equal(1, index);
        Assert.Equal("Ett grönt och fossil- fritt Stockholm som leder en rättvis klimatomställning", "Ett grönt och fossil- fritt Stockholm som leder en rättvis klimatomställning Stadsdelsnämnden bidrar"[..length].Trim());
        Assert.False(InriktningsmalTitles.TryMatchStart("Ett Stockholm som håller ihop", out _, out _));
    }

    [Fact]
    public void Title_keys_ignore_spacing_hyphens_case_and_final_stop() =>
        Assert.Equal(TitleKey.Of("Enhetens insatser är utformade så att de stärker brukarens/deltagarens möjlighet."),
            TitleKey.Of("enhetens insatser är utfor- made så att de stärker brukarens/deltagarens möjlighet"));

    private static List<SourceLine> Lines(params string[] raw) => raw.Select((r, i) => new SourceLine(i + 1, r)).ToList();

    [Fact]
    public void Table_headers_in_every_wrapping()
    {
        Assert.Equal(TableKind.PlanIndicators, TableHeaderDetector.TryMatch(Lines("  Indikator Årsmål KF:s årsmål ", "år 2024 Periodicitet "), 0)?.Kind);
        Assert.Equal(2024, TableHeaderDetector.TryMatch(Lines("Indikator Årsmål KF:s årsmål år 2024 Periodicitet"), 0)?.Year);
        var report = TableHeaderDetector.TryMatch(Lines("    Indikator Periodens ", "utfall ", "", "Utfall ", "män/ ", "pojkar ", "", "Utfall ", "kvinnor/ ", "flickor ", "", "Utfall VB ", "2022 Årsmål KF:s ", "", "årsmål Period ", "", "Nästa rad "), 0);
        Assert.Equal((TableKind.ReportIndicators, 14, 2023), (report!.Kind, report.LastIndex, report.Year));
        Assert.Equal(TableKind.ReportActivities, TableHeaderDetector.TryMatch(Lines("   Aktivitet Startdatum Slutdatum Avvikelse "), 0)?.Kind);
        Assert.Equal(TableKind.PlanActivities, TableHeaderDetector.TryMatch(Lines("  Aktivitet Startdatum Slutdatum "), 0)?.Kind);
        Assert.Null(TableHeaderDetector.TryMatch(Lines("Indikatorn visar att utfallet ökat "), 0));
        Assert.Null(TableHeaderDetector.TryMatch(Lines("Aktiviteten har genomförts "), 0));
    }
}
