using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Tests.Support;

namespace StatusBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, built from every goal of every seed as the importer reads it, is a valid
/// Adaptive Card 1.5 under 40 KB and passes Microsoft's renderer (cardcheck) without errors.
/// </summary>
public class SeedCardsTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Every_card_from_every_seed_goal_is_valid()
    {
        var cards = new List<AdaptiveCard>();
        foreach (var plan in ImportedSeeds.All)
        {
            foreach (var goal in plan.Goals)
            {
                var responsible = goal.Number is null ? [] : new[] { new PersonRef("chef@example.se") { DisplayName = "Anna Chef" } };
                cards.Add(GoalStatusCard.Build(plan, goal, new GoalCardContext(responsible, Today, null, ViewerMayReport: true)));
                cards.Add(GoalStatusCard.Build(plan, goal, new GoalCardContext([], Today)));
                cards.Add(IndicatorsCard.Build(plan, goal));
            }
            var all = plan.Goals.Select(g => (plan, g)).ToList();
            cards.Add(GoalListCard.Build($"Alla mål i {plan.Organisation}", all));
            cards.Add(DidYouMeanCard.Build("3.6.9", all.Where(x => x.g.Level == GoalLevel.Namndmal).Take(8).ToList(), "Det finns inget nämndmål 3.6.9."));
        }
        cards.Add(HelpCard.Build());

        Assert.True(cards.Count > 300, $"expected a card per goal and kind, got {cards.Count}");
        CardValidation.AssertAllValid(cards);
    }

    [Fact]
    public void No_card_colours_its_text()
    {
        // Issue 15: Teams' good/warning/attention text is 1.2-3.2:1 on its fills and backgrounds; colour goes on
        // container fills (StatusBadge.Tinted). tests/StatusBot.CardGallery.Tests checks the rendered contrast.
        var cards = new List<AdaptiveCard> { HelpCard.Build(), MessageCard.Error("Du får inte rapportera för 3.6.1.") };
        foreach (var plan in ImportedSeeds.All)
        {
            var all = plan.Goals.Select(g => (plan, g)).ToList();
            cards.AddRange(plan.Goals.Select(g => GoalStatusCard.Build(plan, g, new GoalCardContext([], Today, null, ViewerMayReport: true))));
            cards.Add(GoalListCard.Build("Alla mål", all));
            cards.Add(DidYouMeanCard.Build("3.6.9", all.Take(8).ToList(), "Det finns inget nämndmål 3.6.9."));
        }

        var coloured = cards.SelectMany(CardQuery.TextBlocks).Where(t => t.Color is not (null or TextColor.Default)).Select(t => $"{t.Color}: {t.Text}").Distinct().ToList();

        Assert.Empty(coloured);
    }

    [Fact]
    public void A_namndmal_without_indicators_shows_those_of_its_verksamhetsomradesmal()
    {
        var plan = ImportedSeeds.Enskede;
        var goal = plan.FindByNumber("3.6.1")!;
        Assert.Empty(goal.Indicators);

        var text = StatusBot.AdaptiveCards.Rendering.CardText.Render(GoalStatusCard.Build(plan, goal, new GoalCardContext([], Today)));

        Assert.Contains("Indikatorer under verksamhetsområdesmål 3.6 (4)", text);
        Assert.Contains("Andel stockholmare som upplever trygghet i den stadsdel där man bor", text);
        Assert.Contains("78 % (män 80 %, kvinnor 76 %)", text);
    }
}
