using StatusBot.Teams.Cards;
using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Text;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;
using StatusBot.AdaptiveCards;

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

    [Fact]
    public void Too_many_long_rows_are_cut_to_fit_teams_size_limit()
    {
        var goal = new Goal(StableId.ForGoal(_p.Enskede.Id, "9.9.9"), GoalLevel.Namndmal, "Många indikatorer") { Number = "9.9.9" };
        for (var i = 1; i <= 60; i++)
            goal.Indicators.Add(new Indicator(StableId.ForIndicator(goal.Id, i), $"Indikator {i} " + SyntheticPlans.LongAnalysis(900)) { Target = TargetValue.Parse("2,7 %") });

        var card = IndicatorsCard.Build(_p.Enskede, goal);
        var table = CardQuery.Elements(card).OfType<Table>().Single();

        Assert.True(CardJson.SizeInBytes(card) <= CardBudget.MaxCardBytes, $"{CardJson.SizeInBytes(card)} bytes");
        Assert.InRange(table.Rows.Count - 1, 1, IndicatorsCard.MaxRows - 1);
        Assert.Contains($"…och {60 - (table.Rows.Count - 1)} till", CardQuery.Texts(card));
    }
}
