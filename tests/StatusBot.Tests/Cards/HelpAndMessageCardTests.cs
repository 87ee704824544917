using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;

namespace StatusBot.Tests.Cards;

public class HelpAndMessageCardTests
{
    [Fact]
    public void Help_offers_each_example_question_as_a_button_that_asks_it()
    {
        var card = HelpCard.Build();
        var buttons = CardQuery.Actions(card).OfType<SubmitAction>().ToList();

        Assert.Equal(["hur går nämndmål 3.6.1?", "mina mål", "vilka mål uppfylls inte?", "mål under inriktningsmål 3", "vilka indikatorer ligger efter?"],
            buttons.Select(b => b.Title));
        Assert.All(buttons, b =>
        {
            Assert.Equal("imBack", (string?)b.Data!["msteams"]!["type"]);
            Assert.Equal(b.Title, (string?)b.Data["msteams"]!["value"]);
            Assert.Equal(b.Title, (string?)b.Data[CardData.Question]);
        });
        Assert.Contains("Det här kan jag", CardQuery.Texts(card));
    }

    [Fact]
    public void Message_card_shows_the_text_literally()
    {
        var card = MessageCard.Build("Perioden heter ”T2 2026” [se bilaga]");
        Assert.Equal(["Perioden heter ”T2 2026” [se bilaga]"], CardQuery.Texts(card));
        Assert.Equal("Perioden heter ”T2 2026” [se bilaga]", card.FallbackText);
    }

    [Fact]
    public void Error_card_has_its_heading_on_a_red_fill_in_default_text()
    {
        var card = MessageCard.Error("Du får inte rapportera för 3.6.1.");
        var fill = Assert.IsType<Container>(card.Body[0]);
        var heading = Assert.IsType<TextBlock>(Assert.Single(fill.Items));

        Assert.Equal(ContainerStyle.Attention, fill.Style);
        Assert.Equal("Det gick inte", heading.Text);
        Assert.Equal(TextWeight.Bolder, heading.Weight);
        Assert.Null(heading.Color); // coloured text on a coloured fill fails WCAG contrast (issue 15)
        Assert.Contains("Du får inte rapportera för 3.6.1.", CardQuery.Texts(card));
    }
}
