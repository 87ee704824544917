using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.Application.Outcomes;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Responsibilities;
using StatusBot.Application.Sharing;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;
using StatusBot.Teams.Cards;
using StatusBot.Teams.Sharing;

namespace StatusBot.Tests.Sharing;

/// <summary>Who a shared card refreshes for: the goal's reporters, Ansvarig and delegates first, at most 60.</summary>
public sealed class SharedRefreshTests
{
    private const string Namnd = "Testnämnden";

    private static GoalRef Goal()
    {
        var plan = new Plan(Namnd, 2024, DocumentKind.Verksamhetsplan);
        var goal = new Goal("g-1", GoalLevel.Namndmal, "Tryggare parker") { Number = "1.1" };
        plan.Goals.Add(goal);
        return new GoalRef(plan, goal);
    }

    private static SharedStatusCards Cards(IEnumerable<Responsibility> responsibilities, string? publicBaseUrl = null)
    {
        var directory = new ConfiguredResponsibilityDirectory(responsibilities);
        var authorisation = new OutcomeAuthorisation(new GoalOwnership(directory), NullLogger<OutcomeAuthorisation>.Instance);
        return new SharedStatusCards(new StatusCardViews(directory, authorisation, TimeProvider.System), new GoalReporters(directory),
            Options.Create(new GoalLinkOptions { PublicBaseUrl = publicBaseUrl }));
    }

    private static Responsibility Person(string id, ResponsibilityRole role, string? number = "1.1", int year = 2024, string organisation = Namnd) =>
        new(organisation, year, role == ResponsibilityRole.Coordinator ? null : number, new PersonRef($"{id}@stockholm.se") { AadObjectId = id }, role);

    [Fact]
    public void The_refresh_lists_ansvarig_and_delegates_before_coordinators_and_no_one_else()
    {
        var card = Cards([
            Person("samordnare", ResponsibilityRole.Coordinator),
            Person("ansvarig", ResponsibilityRole.Ansvarig),
            Person("delegat", ResponsibilityRole.Delegate),
            Person("annat-mal", ResponsibilityRole.Ansvarig, number: "2.2"),
            Person("annat-ar", ResponsibilityRole.Ansvarig, year: 2023),
            Person("annan-namnd", ResponsibilityRole.Coordinator, organisation: "Annan nämnd"),
        ]).ForEveryone(Goal());

        Assert.Equal(["8:orgid:ansvarig", "8:orgid:delegat", "8:orgid:samordnare"], card.Refresh!.UserIds);
        var action = Assert.IsType<ExecuteAction>(card.Refresh.Action);
        Assert.Equal(CardVerbs.VisaMal, action.Verb);
        Assert.True((bool)action.Data![SharedConversation.SharedKey]!);
    }

    [Fact]
    public void At_most_60_users_and_the_goals_own_people_are_never_cut_for_coordinators()
    {
        var many = Enumerable.Range(0, 80).Select(i => Person($"samordnare-{i:00}", ResponsibilityRole.Coordinator))
            .Append(Person("ansvarig", ResponsibilityRole.Ansvarig));

        var users = Cards(many).ForEveryone(Goal()).Refresh!.UserIds;

        Assert.Equal(Refresh.MaxUserIds, users.Count);
        Assert.Equal("8:orgid:ansvarig", users[0]);
    }

    [Fact]
    public void With_a_public_base_url_the_card_links_to_the_goals_page()
    {
        var card = Cards([], "https://statusbot.example.se").ForEveryone(Goal());

        var open = Assert.Single(card.Actions.OfType<OpenUrlAction>());
        Assert.Equal("https://statusbot.example.se/mal/Testn%C3%A4mnden/2024/1.1", open.Url);
        Assert.Empty(Cards([]).ForEveryone(Goal()).Actions.OfType<OpenUrlAction>());
    }
}
