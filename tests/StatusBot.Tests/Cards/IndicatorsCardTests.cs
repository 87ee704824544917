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

    /// <summary>Each indicator's block as the reader sees it: its name, then "title: value" per fact.</summary>
    private static List<List<string>> Rows(StatusBot.AdaptiveCards.Model.AdaptiveCard card) =>
        [.. card.Body.OfType<Container>().Select(c =>
            c.Items.OfType<TextBlock>().Select(t => TeamsMarkdown.Unescape(t.Text))
                .Concat(c.Items.OfType<FactSet>().SelectMany(f => f.Facts).Select(f => $"{TeamsMarkdown.Unescape(f.Title)}: {TeamsMarkdown.Unescape(f.Value)}"))
                .ToList())];

    [Fact]
    public void Each_indicator_is_a_block_of_name_and_facts_with_nothing_side_by_side()
    {
        var card = IndicatorsCard.Build(_p.Enskede, _p.Vo36);

        // Issue 15: a five-column table broke words like "Periodicitet" inside themselves at phone width.
        Assert.Empty(CardQuery.Elements(card).OfType<Table>());
        Assert.Empty(CardQuery.Elements(card).OfType<ColumnSet>());
        var rows = Rows(card);
        Assert.Equal(_p.Vo36.Indicators.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(5, r.Count));
    }

    [Fact]
    public void Rows_show_outcome_with_kon_split_targets_and_periodicity()
    {
        var rows = Rows(IndicatorsCard.Build(_p.Enskede, _p.Vo36));

        Assert.Equal(["Andel invånare som känner sig trygga i sitt bostadsområde", "Utfall VB 2023: 78 % (män 80 %, kvinnor 76 %)", "Årsmål: 79 %", "KF:s årsmål: 79 %", "Periodicitet: Tertial"], rows[0]);
        Assert.Equal(["Andel barn som lever i familjer som har ekonomiskt bistånd", "Utfall VB 2023: 2,7 %", "Årsmål: 2 %", "KF:s årsmål: 2,7 %", "Periodicitet: Tertial"], rows[1]);
        Assert.Equal(["Antal deltagare i feriejobb", "Utfall VB 2023: 1 042 st", "Årsmål: 1 000 st", "KF:s årsmål: Tas fram av nämnd", "Periodicitet: År"], rows[2]);
        Assert.Equal(["Nämndens prognossäkerhet T2", "Utfall: Ej rapporterat", "Årsmål: +/-1 %", "KF:s årsmål: +/- 1 %", "Periodicitet: År"], rows[3]);
        Assert.Equal(["Nämndens eget index", "Utfall VB 2023: 72", "Årsmål: 70", "KF:s årsmål: –", "Periodicitet: År"], rows[5]);
    }

    [Fact]
    public void Goal_without_indicators_says_so_and_every_card_leads_back_to_the_goal()
    {
        var card = IndicatorsCard.Build(_p.Enskede, _p.Nm363);
        Assert.Contains("Målet har inga indikatorer.", CardQuery.Texts(card));
        Assert.Empty(Rows(card));
        Assert.Equal(_p.Nm363.Id, (string?)Assert.Single(CardQuery.Executes(card, CardVerbs.VisaMal)).Data![CardData.GoalId]);
    }

    [Fact]
    public void Hostile_indicator_names_and_targets_are_escaped()
    {
        var card = IndicatorsCard.Build(_p.Enskede, _p.Nm362);
        Assert.DoesNotContain(CardQuery.RawMarkdown(card), t => t.Contains("](", StringComparison.Ordinal) || t.Contains("<at>", StringComparison.Ordinal));
        var rows = Rows(card);
        Assert.Equal(SyntheticPlans.EvilLink + " index", rows[0][0]);
        Assert.Equal("Årsmål: " + SyntheticPlans.EvilMention, rows[0][2]);
    }

    [Fact]
    public void Too_many_long_rows_are_cut_to_fit_teams_size_limit()
    {
        var goal = new Goal(StableId.ForGoal(_p.Enskede.Id, "9.9.9"), GoalLevel.Namndmal, "Många indikatorer") { Number = "9.9.9" };
        for (var i = 1; i <= 60; i++)
            goal.Indicators.Add(new Indicator(StableId.ForIndicator(goal.Id, i), $"Indikator {i} " + SyntheticPlans.LongAnalysis(900)) { Target = TargetValue.Parse("2,7 %") });

        var card = IndicatorsCard.Build(_p.Enskede, goal);
        var shown = Rows(card).Count;

        Assert.True(CardJson.SizeInBytes(card) <= CardBudget.MaxCardBytes, $"{CardJson.SizeInBytes(card)} bytes");
        Assert.InRange(shown, 1, IndicatorsCard.MaxRows - 1);
        Assert.Contains($"…och {60 - shown} till", CardQuery.Texts(card));
    }
}
