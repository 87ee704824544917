using StatusBot.Application.Conversation.Answers;
using StatusBot.Tests.Conversation.Support;
using StatusBot.Tests.Support;

namespace StatusBot.Tests.Conversation;

/// <summary>
/// Questions as chiefs type them, answered from the three seeds exactly as the importer reads them (not from
/// hand-built plans), with Enskede-Årsta-Vantör as the asker's default nämnd.
/// </summary>
public class SeedQuestionTests
{
    private static readonly ConversationHarness Enskede = new(
        ConversationHarness.DefaultOrganisation(SeedPlans.Enskede), ImportedSeeds.All, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1)));

    [Theory]
    [InlineData("hur går nämndmål 3.6.1?")]
    [InlineData("Hur går nämndmål 3.6.1")]
    [InlineData("mål 3.6.1")]
    [InlineData("3.6.1")]
    [InlineData("nr 3.6.1?")]
    [InlineData("3,6,1")]
    [InlineData("nämdmål 3.6.1")]
    [InlineData("<at>StatusBot</at> hur går nämndmål 3.6.1?")]
    public void Every_typed_form_of_a_number_finds_the_goal(string question)
    {
        var goal = Assert.IsType<GoalAnswer>(Enskede.Ask(question));
        Assert.Equal("Stadsdelsområdet är tryggt, tillgängligt och välskött", goal.Goal.Title);
        Assert.Equal("Uppfylls helt", Domain.Assessments.Bedomningar.Label(goal.Goal.LatestAssessment!.Bedomning));
    }

    [Fact]
    public void A_named_namnd_overrides_the_default()
    {
        var goal = Assert.IsType<GoalAnswer>(Enskede.Ask("nämndmål 3.6.1 i Hägersten-Älvsjö"));
        Assert.Equal(SeedPlans.Hagersten, goal.Plan.Organisation);
        Assert.Equal("Det socialt förebyggande arbetet bidrar till att stadsdelsområdet är tryggt att bo och vistas i", goal.Goal.Title);
    }

    [Theory]
    [InlineData("verksamhetsområdesmål 3.6", "Tryggheten ska öka genom förebyggande insatser")]
    [InlineData("inriktningsmål 2", "Ett grönt och fossilfritt Stockholm som leder en rättvis klimatomställning")]
    public void Levels_are_understood(string question, string title) =>
        Assert.Equal(title, Assert.IsType<GoalAnswer>(Enskede.Ask(question)).Goal.Title);

    [Theory]
    [InlineData("hur går det med feriejobben?", "3.2")]
    [InlineData("sjukfrånvaro", "3.4")]
    [InlineData("sjukfrånvarn", "3.4")]
    public void Free_text_finds_the_goal_whose_indicator_it_names(string question, string number)
    {
        var indicator = Assert.IsType<IndicatorAnswer>(Enskede.Ask(question));
        Assert.Equal(number, indicator.Goal.Number);
        Assert.Equal(SeedPlans.Enskede, indicator.Plan.Organisation);
    }

    [Fact]
    public void A_misspelt_theme_still_offers_the_goals_about_it()
    {
        var answer = Enskede.Ask("tryghet");
        var titles = answer switch
        {
            GoalAnswer g => [g.Goal.Title],
            DidYouMeanAnswer d => d.Candidates.Select(c => c.Goal.Title).ToArray(),
            _ => [],
        };
        Assert.Contains(titles, t => t.Contains("trygg", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Goals_fulfilled_only_partly_are_the_four_the_report_names()
    {
        var list = Assert.IsType<GoalListAnswer>(Enskede.Ask("vilka nämndmål uppfylls delvis?"));
        Assert.Equal(["1.2.1", "1.3.2", "2.4.1", "3.2.1"], list.Goals.Select(g => g.Goal.Number!).Order().ToArray());
    }

    [Fact]
    public void No_goal_is_reported_as_not_fulfilled_in_2023()
    {
        var answer = Enskede.Ask("vilka mål uppfylls inte?");
        Assert.True(answer is TextAnswer || answer is GoalListAnswer { Goals.Count: 0 }, answer.ToString());
    }

    [Fact]
    public void A_missing_number_offers_the_nearest_ones()
    {
        var answer = Assert.IsType<DidYouMeanAnswer>(Enskede.Ask("nämndmål 3.6.9"));
        Assert.Contains(answer.Candidates, c => c.Goal.Number == "3.6.1");
        Assert.Contains("3.6.9", answer.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("asdf qwerty zxcv")]
    public void Empty_and_nonsense_get_a_swedish_hint(string question)
    {
        var text = Assert.IsType<TextAnswer>(Enskede.Ask(question)).Text;
        Assert.Contains("hjälp", text);
    }

    [Fact]
    public void Very_long_text_is_refused_politely()
    {
        var text = Assert.IsType<TextAnswer>(Enskede.Ask(string.Concat(Enumerable.Repeat("hur går det med tryggheten ", 200)))).Text;
        Assert.Contains("lång", text);
    }
}
