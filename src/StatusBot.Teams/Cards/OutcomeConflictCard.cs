using System.Text.Json.Nodes;
using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Text;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;

namespace StatusBot.Teams.Cards;

/// <summary>
/// Answer to a submission built on an older version: someone else submitted in between. Says who, when and what,
/// so nothing is overwritten unseen, and offers a fresh form built on their version.
/// </summary>
public static class OutcomeConflictCard
{
    public const int AnalysisExcerpt = 300;

    public static AdaptiveCard Build(Goal goal, ReportingPeriod period, OutcomeEntry current)
    {
        var who = current.AuthorName ?? current.AuthorId;
        var when = SwedishDate.FormatDateTime(current.RecordedAt);
        var card = new AdaptiveCard { FallbackText = $"Ditt utfall för {goal.DisplayLabel} sparades inte: {who} skickade in ett nyare {when}." };
        card.Body.Add(StatusBadge.Tinted("Någon hann före – ditt utfall sparades inte", ContainerStyle.Warning));
        card.Body.Add(Blocks.Title(goal.DisplayLabel));
        card.Body.Add(Blocks.Text(
            $"{who} skickade in ett utfall för {period} {when} (version {current.Version}) efter att ditt formulär öppnades. " +
            "Öppna formuläret på nytt för att se det och göra dina ändringar utifrån det."));
        var facts = new List<Fact>
        {
            Blocks.Fact("Ändrat av", who),
            Blocks.Fact("När", when),
            Blocks.Fact("Bedömning", current.Content.Bedomning?.Label() ?? "Ingen angiven"),
        };
        if (!string.IsNullOrWhiteSpace(current.Content.Analysis))
            facts.Add(Blocks.Fact("Analys", TextShortener.Shorten(current.Content.Analysis, AnalysisExcerpt)));
        card.Body.Add(new FactSet { Facts = facts });
        card.Actions.Add(new ExecuteAction
        {
            Title = "Öppna formuläret på nytt",
            Verb = CardVerbs.Rapportera,
            Style = ActionStyle.Positive,
            Data = new JsonObject { [CardData.GoalId] = goal.Id, [CardData.Period] = period.ToString() },
        });
        card.Actions.Add(GoalActions.ShowGoal(goal.Id, "Visa målet"));
        return card;
    }
}
