using System.Text.Json.Nodes;
using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Reminders;
using StatusBot.AdaptiveCards;

namespace StatusBot.Teams.Cards;

/// <summary>
/// A reminder: what the person still owes for the period, the deadline, and one "Rapportera" button per goal that
/// opens its outcome form. An escalation says whose goals are missing.
/// </summary>
public static class ReminderCard
{
    public static AdaptiveCard Build(ReminderMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        int[] limits = [25, 12, 5];
        return CardBudget.FirstThatFits(limits, max => Build(message, max));
    }

    /// <summary>"Dags att rapportera T2 2026", or for an escalation "Utfall saknas för T2 2026".</summary>
    public static string Heading(ReminderMessage message) => message.Step == ReminderStep.Escalation
        ? $"Utfall saknas för {message.Period}"
        : $"Dags att rapportera {message.Period}";

    private static AdaptiveCard Build(ReminderMessage message, int maxGoals)
    {
        var heading = Heading(message);
        var deadline = SwedishDate.Format(message.Deadline);
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"{heading}: {message.Goals.Count} mål, sista dag {deadline}",
        };
        card.Body.Add(Blocks.Title(heading));
        card.Body.Add(Blocks.Text(Lead(message, deadline)));
        foreach (var goal in message.Goals.Take(maxGoals))
        {
            var label = goal.Number is { Length: > 0 } number ? $"{number} {goal.Title}" : goal.Title;
            card.Body.Add(new Container
            {
                Separator = true,
                Items =
                [
                    Blocks.Text(label),
                    new ActionSet { Actions = [Report(goal, message)] },
                ],
            });
        }
        if (message.Goals.Count > maxGoals) card.Body.Add(Blocks.More(message.Goals.Count - maxGoals));
        return card;
    }

    private static string Lead(ReminderMessage message, string deadline)
    {
        var count = message.Goals.Count == 1 ? "1 mål" : $"{message.Goals.Count} mål";
        return message.Step switch
        {
            ReminderStep.Escalation when message.About is { Length: > 0 } about =>
                $"{about} har inte skickat in utfall för {count} i {message.Organisation}. Sista dag var {deadline}.",
            ReminderStep.Escalation => $"Utfall saknas för {count} i {message.Organisation}. Sista dag var {deadline}.",
            ReminderStep.DeadlineDay => $"I dag är sista dag att rapportera {message.Period.DisplayName}. Du har {count} kvar att rapportera.",
            _ => $"Du har {count} kvar att rapportera för {message.Period.DisplayName}. Sista dag är {deadline}.",
        };
    }

    private static ExecuteAction Report(OwedGoal goal, ReminderMessage message) => new()
    {
        Title = "Rapportera",
        Verb = CardVerbs.Rapportera,
        Style = ActionStyle.Positive,
        Data = new JsonObject { [CardData.GoalId] = goal.GoalId, [CardData.Period] = message.Period.ToString() },
    };
}
