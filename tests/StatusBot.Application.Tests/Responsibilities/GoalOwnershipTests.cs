using StatusBot.Application;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Tests.Responsibilities;

/// <summary>The one rule for whose goals these are: exact (normalised) organisations, the plan's year, the goal's number.</summary>
public sealed class GoalOwnershipTests
{
    private const string Enskede = "Enskede-Årsta-Vantörs stadsdelsnämnd";
    private static readonly Asker Chief = new("aad-chief", "chief@stockholm.se");

    private static readonly Plan Plan = PlanWith(Enskede, 2023, "3.6.1", "1.3.2");
    private static Goal Goal(string number) => Plan.Goals.Single(g => g.Number == number);

    [Fact]
    public void A_coordinator_of_a_near_named_organisation_may_report_nothing_here()
    {
        var ownership = new GoalOwnership(Directory(new Responsibility("Farsta stadsdelsnämnd", 2023, null, Person, ResponsibilityRole.Coordinator)));

        Assert.False(ownership.MayReport(Chief, Plan, Goal("3.6.1")));
        Assert.Empty(ownership.CoordinatedBy(Chief, "Enskede-Årsta-Vantör"));
    }

    [Theory]
    [InlineData("Enskede-Årsta-Vantör")]
    [InlineData(Enskede)]
    [InlineData("enskede-årsta-vantörs stadsdelsnämnd")]
    public void A_coordinator_of_the_organisation_however_written_may_report_every_goal(string written)
    {
        var ownership = new GoalOwnership(Directory(new Responsibility(written, 2023, null, Person, ResponsibilityRole.Coordinator)));

        Assert.True(ownership.MayReport(Chief, Plan, Goal("3.6.1")));
        Assert.True(ownership.MayReport(Chief, Plan, Goal("1.3.2")));
        Assert.Null(ownership.OwnNumbers(Chief, Plan));
    }

    [Fact]
    public void An_ansvarig_may_report_their_goal_only_and_only_in_its_year()
    {
        var ownership = new GoalOwnership(Directory(new Responsibility(Enskede, 2023, "3.6.1", Person, ResponsibilityRole.Ansvarig)));

        Assert.True(ownership.MayReport(Chief, Plan, Goal("3.6.1")));
        Assert.False(ownership.MayReport(Chief, Plan, Goal("1.3.2")));
        Assert.False(ownership.MayReport(Chief, PlanWith(Enskede, 2024, "3.6.1"), PlanWith(Enskede, 2024, "3.6.1").Goals[0]));
        Assert.Equal(["3.6.1"], ownership.OwnNumbers(Chief, Plan)!);
    }

    [Fact]
    public void Mina_mal_separates_what_the_person_answers_for_from_what_they_coordinate()
    {
        var other = PlanWith("Hägersten-Älvsjö stadsdelsnämnd", 2023, "2.1.1");
        var index = new GoalIndex([Plan, other]);
        var ownership = new GoalOwnership(Directory(
            new Responsibility(Enskede, 2023, "3.6.1", Person, ResponsibilityRole.Ansvarig),
            new Responsibility("Hägersten-Älvsjö", 2023, null, Person, ResponsibilityRole.Coordinator)));

        var goals = ownership.GoalsOf(Chief, index, 2023, level: null);

        Assert.Equal(["3.6.1"], goals.Responsible.Select(g => g.Goal.Number));
        Assert.Equal(["2.1.1"], goals.Coordinated.Select(g => g.Goal.Number));
    }

    private static readonly PersonRef Person = new("chief@stockholm.se") { AadObjectId = "aad-chief" };

    private static IResponsibilityDirectory Directory(params Responsibility[] all) => new ListDirectory(all);

    private static Plan PlanWith(string organisation, int year, params string[] numbers)
    {
        var plan = new Plan(organisation, year, DocumentKind.Verksamhetsplan);
        foreach (var number in numbers)
            plan.Goals.Add(new Goal(StableId.ForGoal(plan.Id, number), GoalLevel.Namndmal, $"Mål {number}") { Number = number });
        return plan;
    }

    /// <summary>A directory over a fixed list, matching the asker by object id as the real ones do.</summary>
    private sealed class ListDirectory(IReadOnlyList<Responsibility> all) : IResponsibilityDirectory
    {
        public IReadOnlyList<Responsibility> All => all;

        public IReadOnlyList<Responsibility> GoalsFor(Asker asker) => [.. all.Where(r => r.Person.AadObjectId == asker.UserId)];

        public IReadOnlyList<PersonRef> ResponsibleFor(Plan plan, Goal goal) => [];
    }
}
