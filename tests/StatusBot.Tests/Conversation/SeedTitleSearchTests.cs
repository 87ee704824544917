using StatusBot.Application.Conversation.Answers;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;
using StatusBot.Testing;
using StatusBot.Tests.Conversation.Support;
using StatusBot.Tests.Support;

namespace StatusBot.Tests.Conversation;

/// <summary>
/// Every real verksamhetsområdesmål and nämndmål of the enskede and hagersten seeds, asked for by its title, is
/// answered with that goal and no other (near-namesakes one level up or down included).
/// </summary>
public class SeedTitleSearchTests
{
    private static readonly Plan Enskede = ImportedSeeds.Enskede;
    private static readonly Plan Hagersten = ImportedSeeds.Hagersten;
    private static readonly ConversationHarness Harness = new(plans: [Enskede, Hagersten]);

    [Fact]
    public void The_imported_seeds_have_the_goals_DOMAIN_md_counts()
    {
        Assert.Equal((3, 16, 25), Counts(Enskede));
        Assert.Equal((3, 16, 24), Counts(Hagersten));
        Assert.Equal("Stöd erbjuds till unga och vuxna som vill lämna en kriminell livsstil", Hagersten.FindByNumber("3.6.3")!.Title);

        static (int, int, int) Counts(Plan p) =>
            (p.OfLevel(GoalLevel.Inriktningsmal).Count(), p.OfLevel(GoalLevel.Verksamhetsomradesmal).Count(), p.OfLevel(GoalLevel.Namndmal).Count());
    }

    public static TheoryData<string, string> Titles()
    {
        var data = new TheoryData<string, string>();
        foreach (var plan in new[] { Enskede, Hagersten })
            foreach (var goal in plan.Goals.Where(g => g.Level != GoalLevel.Inriktningsmal))
                data.Add(plan.Organisation, goal.Number!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void A_goal_asked_for_by_its_title_is_answered_directly(string organisation, string number)
    {
        var plan = organisation == SeedPlans.Enskede ? Enskede : Hagersten;
        var title = plan.FindByNumber(number)!.Title;
        var answer = Harness.Ask($"hur går det med {title} i {organisation}?");
        var goal = Assert.IsType<GoalAnswer>(answer);
        Assert.Equal((organisation, number), (goal.Plan.Organisation, goal.Goal.Number));
    }
}
