using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;

namespace StatusBot.Tests.Cards;

public class DidYouMeanCardTests
{
    private readonly SyntheticPlans _p = new();

    [Fact]
    public void Says_what_was_not_found_and_offers_each_candidate_as_a_row()
    {
        var candidates = new[] { (_p.Enskede, _p.Nm361), (_p.Enskede, _p.Nm362) };
        var card = DidYouMeanCard.Build("hur går 3.6.9?", candidates, "Jag hittar inget nämndmål 3.6.9 i Enskede-Årsta-Vantör 2023.");
        var texts = CardQuery.Texts(card).ToList();

        Assert.Equal("Jag hittar inget nämndmål 3.6.9 i Enskede-Årsta-Vantör 2023. Menade du:", texts[0]);
        Assert.Contains("Du frågade: ”hur går 3.6.9?”", texts);
        var opens = GoalListCardTests.Rows(card).Select(r => Assert.IsType<ExecuteAction>(GoalListCardTests.Title(r).SelectAction)).ToList();
        Assert.Equal([_p.Nm361.Id, _p.Nm362.Id], opens.Select(a => (string?)a.Data![CardData.GoalId]));
        Assert.All(opens, a => Assert.Equal(CardVerbs.VisaMal, a.Verb));
    }

    [Fact]
    public void Without_candidates_it_points_to_help()
    {
        var card = DidYouMeanCard.Build("hur går 9.9.9?", [], "Jag hittar inget nämndmål 9.9.9.");
        var texts = CardQuery.Texts(card).ToList();

        Assert.Equal("Jag hittar inget nämndmål 9.9.9.", texts[0]);
        Assert.Contains(texts, t => t.Contains("hjälp", StringComparison.Ordinal));
        Assert.Empty(CardQuery.Actions(card));
    }

    [Fact]
    public void Candidates_are_capped_and_the_question_is_escaped()
    {
        var many = Enumerable.Repeat((_p.Enskede, _p.Nm361), 14).ToList();
        var card = DidYouMeanCard.Build(SyntheticPlans.EvilMention, many, "Jag hittar inget.");

        Assert.Equal(DidYouMeanCard.MaxCandidates, GoalListCardTests.Rows(card).Count);
        Assert.Contains("…och 4 till", CardQuery.Texts(card));
        Assert.DoesNotContain(CardQuery.RawMarkdown(card), t => t.Contains("<at>", StringComparison.Ordinal));
        Assert.Contains($"Du frågade: ”{SyntheticPlans.EvilMention}”", CardQuery.Texts(card));
    }
}
