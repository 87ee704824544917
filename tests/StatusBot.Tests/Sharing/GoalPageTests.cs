using StatusBot.Application.ReadModel;
using StatusBot.Application.Sharing;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Links;

namespace StatusBot.Tests.Sharing;

/// <summary>The goal page encodes every text from the store, and goal links read back what they were built from.</summary>
public sealed class GoalPageTests
{
    private static GoalRef Hostile()
    {
        var plan = new Plan("Nämnd <b>&</b>", 2024, DocumentKind.Verksamhetsplan);
        var goal = new Goal("g-1", GoalLevel.Namndmal, "<script>alert('x')</script> \"trygghet\"") { Number = "1.2" };
        goal.Assessments.Add(new Assessment(new ReportingPeriod(2024, PeriodKind.T1), Bedomning.UppfyllsDelvis) { Analysis = "<img src=x onerror=alert(1)>" });
        plan.Goals.Add(goal);
        return new GoalRef(plan, goal);
    }

    [Fact]
    public void Every_text_from_the_store_is_html_encoded()
    {
        var html = GoalPage.Render(Hostile());

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("Uppfylls delvis", html);
        Assert.Contains("Nämnd &lt;b&gt;&amp;&lt;/b&gt;", html); // å, ä, ö stay readable
    }

    [Theory]
    [InlineData("https://statusbot.example.se/mal/Enskede-%C3%85rsta-Vant%C3%B6rs%20stadsdelsn%C3%A4mnd/2023/3.6.1?x=1", "Enskede-Årsta-Vantörs stadsdelsnämnd", 2023, "3.6.1")]
    [InlineData("/mal/Hägersten/2024/1.2/", "Hägersten", 2024, "1.2")]
    public void A_goal_link_reads_back(string url, string organisation, int year, string number)
    {
        Assert.True(GoalLink.TryParse(url, out var link));
        Assert.Equal(new GoalLink(organisation, year, number), link);
        Assert.True(GoalLink.TryParse(link.Path, out var again));
        Assert.Equal(link, again);
    }

    [Theory]
    [InlineData("https://statusbot.example.se/mal/Enskede/20x3/3.6.1")]
    [InlineData("https://statusbot.example.se/mal/Enskede/2023")]
    [InlineData("https://statusbot.example.se/annat/Enskede/2023/3.6.1")]
    [InlineData("")]
    public void Anything_else_is_not_a_goal_link(string url) => Assert.False(GoalLink.TryParse(url, out _));

    [Fact]
    public void The_link_of_a_goal_escapes_the_organisation()
    {
        var link = GoalLink.For(Hostile()).On(new Uri("https://statusbot.example.se"));

        Assert.Equal("https://statusbot.example.se/mal/N%C3%A4mnd%20%3Cb%3E%26%3C%2Fb%3E/2024/1.2", link.AbsoluteUri);
    }
}
