using System.Text.Json.Nodes;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.Domain.Periods;

namespace StatusBot.Teams.Cards;

/// <summary>The Action.Execute buttons that navigate between goals; one place builds each verb's data.</summary>
public static class GoalActions
{
    public static ExecuteAction ShowGoal(string goalId, string title) => new()
    {
        Title = title,
        Verb = CardVerbs.VisaMal,
        Data = new JsonObject { [CardData.GoalId] = goalId },
    };

    public static ExecuteAction Report(string goalId, ReportingPeriod period) => new()
    {
        Title = "Rapportera utfall",
        Verb = CardVerbs.Rapportera,
        Style = ActionStyle.Positive,
        Data = new JsonObject { [CardData.GoalId] = goalId, [CardData.Period] = period.ToString() },
    };

    public static ExecuteAction ShowIndicators(string goalId) => new()
    {
        Title = "Visa indikatorer",
        Verb = CardVerbs.VisaIndikatorer,
        Data = new JsonObject { [CardData.GoalId] = goalId },
    };
}
