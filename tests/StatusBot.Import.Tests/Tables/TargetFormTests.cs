using StatusBot.Domain.Indicators;
using StatusBot.Import.Tables;

namespace StatusBot.Import.Tests.Tables;

/// <summary>
/// Targets as plans write them (issue 13): units after one or two spaces in either column, direction words and
/// phrases in either column, bounds and ranges; and tables without the KF column.
/// </summary>
public class TargetFormTests
{
    [Theory]
    [InlineData("Antal barn per grupp 14,5  st 15  st Tertial", "14,5 st", "15 st")]
    [InlineData("Andel nöjda 90  % 90 % År", "90 %", "90 %")]
    [InlineData("Köpt energi 3,12  GWh 1 735  GWh År", "3,12 GWh", "1 735 GWh")]
    [InlineData("Antal dagar 12 dagar 10  dagar År", "12 dagar", "10 dagar")]
    [InlineData("Nöjd medarbetarindex 78 index 80  index År", "78 index", "80 index")]
    public void A_unit_after_a_double_space_stays_with_its_number(string row, string target, string kf) =>
        AssertCells(row, target, kf);

    [Theory]
    [InlineData("Andel legitimerade 36 % Minskning Tertial", "36 %", "Minskning")]
    [InlineData("Andel legitimerade Ökning 36 % Tertial", "Ökning", "36 %")]
    [InlineData("Andel legitimerade Oförändrat Tas fram av nämnd År", "Oförändrat", "Tas fram av nämnd")]
    [InlineData("Andel legitimerade Tas fram av nämnd 2,5 kr År", "Tas fram av nämnd", "2,5 kr")]
    [InlineData("Andel legitimerade 14,5  st Ökning År", "14,5 st", "Ökning")]
    public void Direction_words_and_phrases_in_either_column(string row, string target, string kf) =>
        AssertCells(row, target, kf);

    [Theory]
    [InlineData("Sjukfrånvaro dag 1-14 Högst 3,5 % Max 4 % Tertial", "Högst 3,5 %", "Max 4 %")]
    [InlineData("Väntetid Mellan 3 och 7 dagar Under 10 dagar År", "Mellan 3 och 7 dagar", "Under 10 dagar")]
    [InlineData("Väntetid 10–20 dagar 5-10 dagar År", "10–20 dagar", "5-10 dagar")]
    [InlineData("Andel elever med minst 5 ämnen Minst 80 % Mer än 75 % År", "Minst 80 %", "Mer än 75 %")]
    public void Bounds_and_ranges_are_one_cell(string row, string target, string kf) =>
        AssertCells(row, target, kf);

    [Fact]
    public void Free_text_keeps_its_words_verbatim()
    {
        foreach (var text in new[] { "Högst 3,5 %", "Mellan 3 och 7 dagar", "10–20 dagar", "Bättre än riket" })
            Assert.Equal(text, TargetValue.Parse(text).Raw);
    }

    [Fact]
    public void A_free_text_target_no_grammar_knows_is_read_from_a_wrapped_rows_layout()
    {
        const string text = """
            Verksamhetsplan 2025
            Farsta stadsdelsnämnd

            Nämndmål: 1.1.1 Alla barn har en meningsfull fritid

              Indikator Årsmål KF:s årsmål 
            år 2025 Periodicitet 

            Andel barn som är nöjda med 
            fritidsaktiviteterna 

            Bättre än riket 80 % År 

            """;
        var result = DocumentImporter.ReadText(text, "farsta.txt");
        var indicator = Assert.Single(result.Plan.Goals.SelectMany(g => g.Indicators));
        Assert.Equal(("Andel barn som är nöjda med fritidsaktiviteterna", "Bättre än riket", "80 %"), (indicator.Name, indicator.Target.Raw, indicator.KfTarget.Raw));
        Assert.Equal(TargetKind.Text, indicator.Target.Kind);
        Assert.Empty(result.Tables.Unclear);
    }

    [Fact]
    public void A_table_without_the_kf_column_has_one_target()
    {
        var parsed = IndicatorRowParser.ParsePlan("Andel brukare som inte upplever diskriminering 94  % År", targetColumns: 1);
        Assert.Equal(new PlanIndicatorRow("Andel brukare som inte upplever diskriminering", "94 %", "", "År"), parsed);
    }

    [Fact]
    public void A_plan_without_kf_column_imports_every_row()
    {
        const string text = """
            Verksamhetsplan 2025
            Farsta stadsdelsnämnd

            Nämndmål: 1.1.1 Alla barn har en meningsfull fritid

              Indikator Årsmål Periodicitet 

            Andel barn som är nöjda med 
            fritidsaktiviteterna 

            80  % År 
            Antal besök på fritidsgårdar 12 000 st Tertial 

            """;
        var result = DocumentImporter.ReadText(text, "farsta.txt");
        var indicators = result.Plan.Goals.SelectMany(g => g.Indicators).ToList();
        Assert.Equal(["Andel barn som är nöjda med fritidsaktiviteterna", "Antal besök på fritidsgårdar"], indicators.Select(i => i.Name));
        Assert.Equal(["80 %", "12 000 st"], indicators.Select(i => i.Target.Raw));
        Assert.All(indicators, i => Assert.Equal(TargetKind.Empty, i.KfTarget.Kind));
        Assert.Empty(result.Tables.Unclear);
    }

    private static void AssertCells(string row, string target, string kf)
    {
        var parsed = IndicatorRowParser.ParsePlan(row);
        Assert.NotNull(parsed);
        Assert.Equal((target, kf), (parsed.Target, parsed.KfTarget));
    }
}
