using StatusBot.Cards.Builders;
using StatusBot.Cards.Formatting;
using StatusBot.Cards.Model.Elements;

namespace StatusBot.Tests.Cards;

public class IndicatorsCardTests
{
    private readonly SyntheticPlans _p = new();

    private static List<List<string>> Cells(Table table) =>
        [.. table.Rows.Select(r => r.Cells.Select(c => string.Join(" | ", c.Items.OfType<TextBlock>().Select(t => TeamsMarkdown.Unescape(t.Text)))).ToList())];

    [Fact]
    public void Table_has_the_five_columns_with_a_header_row()
    {
        var table = Assert.Single(CardQuery.Elements(IndicatorsCard.Build(_p.Enskede, _p.Vo36)).OfType<Table>());

        Assert.Equal(5, table.Columns.Count);
        Assert.Equal(["Indikator", "Utfall", "Årsmål", "KF:s årsmål", "Periodicitet"], Cells(table)[0]);
        Assert.Equal(1 + _p.Vo36.Indicators.Count, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(5, r.Cells.Count));
    }

    [Fact]
    public void Rows_show_outcome_with_kon_split_targets_and_periodicity()
    {
        var rows = Cells(Assert.Single(CardQuery.Elements(IndicatorsCard.Build(_p.Enskede, _p.Vo36)).OfType<Table>()));

        Assert.Equal(["Andel invånare som känner sig trygga i sitt bostadsområde", "78 % | män 80 % | kvinnor 76 % | VB 2023", "79 %", "79 %", "Tertial"], rows[1]);
        Assert.Equal(["Andel barn som lever i familjer som har ekonomiskt bistånd", "2,7 % | VB 2023", "2 %", "2,7 %", "Tertial"], rows[2]);
        Assert.Equal(["Antal deltagare i feriejobb", "1 042 st | VB 2023", "1 000 st", "Tas fram av nämnd", "År"], rows[3]);
        Assert.Equal(["Nämndens prognossäkerhet T2", "Ej rapporterat", "+/-1 %", "+/- 1 %", "År"], rows[4]);
        Assert.Equal(["Nämndens eget index", "72 | VB 2023", "70", "–", "År"], rows[6]);
    }

    [Fact]
    public void Goal_without_indicators_says_so_and_every_card_leads_back_to_the_goal()
    {
        var card = IndicatorsCard.Build(_p.Enskede, _p.Nm363);
        Assert.Contains("Målet har inga indikatorer.", CardQuery.Texts(card));
        Assert.Empty(CardQuery.Elements(card).OfType<Table>());
        Assert.Equal(_p.Nm363.Id, (string?)Assert.Single(CardQuery.Executes(card, CardVerbs.VisaMal)).Data![CardData.GoalId]);
    }

    [Fact]
    public void Hostile_indicator_names_and_targets_are_escaped()
    {
        var card = IndicatorsCard.Build(_p.Enskede, _p.Nm362);
        Assert.DoesNotContain(CardQuery.RawMarkdown(card), t => t.Contains("](", StringComparison.Ordinal) || t.Contains("<at>", StringComparison.Ordinal));
        var rows = Cells(CardQuery.Elements(card).OfType<Table>().Single());
        Assert.Equal(SyntheticPlans.EvilLink + " index", rows[1][0]);
        Assert.Equal(SyntheticPlans.EvilMention, rows[1][2]);
    }
}
