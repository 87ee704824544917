using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;
using StatusBot.AdaptiveCards;

namespace StatusBot.Teams.Cards;

/// <summary>"Vem har inte rapporterat T2?": a section per responsible person with the goals still to report.</summary>
public static class NotReportedCard
{
    public sealed record Group(PersonRef? Person, IReadOnlyList<(Plan plan, Goal goal)> Goals);

    public static AdaptiveCard Build(string heading, IReadOnlyList<Group> groups)
    {
        int[] limits = [10, 5, 2];
        return CardBudget.FirstThatFits(limits, rows => Build(heading, groups, rows));
    }

    private static AdaptiveCard Build(string heading, IReadOnlyList<Group> groups, int maxRowsPerPerson)
    {
        var people = groups.Count(g => g.Person is not null);
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"{heading}: {people} personer",
        };
        card.Body.Add(Blocks.Title(heading));
        card.Body.Add(Blocks.Subtle($"{people} {(people == 1 ? "person" : "personer")} med mål som inte har något inskickat utfall."));
        foreach (var group in groups)
        {
            var name = group.Person is { } p ? p.DisplayName ?? p.Upn : "Nämndmål utan ansvarig";
            card.Body.Add(Blocks.SectionHeading($"{name} ({group.Goals.Count})"));
            foreach (var (plan, goal) in group.Goals.Take(maxRowsPerPerson))
                card.Body.Add(new Container
                {
                    Spacing = Spacing.Small,
                    Items = [Blocks.Text(goal.DisplayLabel)],
                    SelectAction = GoalActions.ShowGoal(goal.Id, goal.DisplayLabel),
                });
            if (group.Goals.Count > maxRowsPerPerson) card.Body.Add(Blocks.More(group.Goals.Count - maxRowsPerPerson));
        }
        return card;
    }
}
