using System.Text.Json.Nodes;
using StatusBot.Cards;
using StatusBot.Cards.Builders;
using StatusBot.Cards.Model;
using StatusBot.Conversation;
using StatusBot.Conversation.Search;
using StatusBot.Telemetry;

namespace StatusBot.Bot;

/// <summary>
/// The bot's behaviour without any transport: a question or a card action in, a card out. Teams (through the
/// protocol layer) and the command line's <c>ask</c> both call this, so they cannot drift apart.
/// </summary>
public sealed class StatusBotResponder(
    ConversationService conversation, IGoalIndexSource index, AnswerCards cards, StatusBotTelemetry telemetry, ILogger<StatusBotResponder> logger)
{
    /// <summary>Answers a typed question.</summary>
    public AdaptiveCard Ask(string? text, Asker asker)
    {
        using var span = StatusBotTelemetry.ActivitySource.StartActivity("statusbot.answer");
        var answer = conversation.Answer(text, asker);
        var kind = answer.GetType().Name;
        // The kind and the user's id only: the question itself may name people or contain anything.
        span?.SetTag("answer.kind", kind);
        telemetry.QuestionAnswered(kind);
        logger.LogInformation("Question answered with {AnswerKind} for user {UserId}", kind, asker.UserId);
        return cards.Render(answer, asker);
    }

    /// <summary>
    /// Answers a card action (Action.Execute verb, or Action.Submit data with a verb): returns the card that replaces
    /// or follows the one acted on. Unknown verbs and stale goal ids get a Swedish explanation, never an exception.
    /// </summary>
    public AdaptiveCard Act(string? verb, JsonObject? data, Asker asker)
    {
        var goalId = data?[CardData.GoalId]?.GetValue<string>();
        if (verb is null)
        {
            // Action.Submit from the help card carries the question text (imBack).
            return data?[CardData.Question]?.GetValue<string>() is { } question
                ? Ask(question, asker)
                : MessageCard.Error("Knappen skickade ingen åtgärd jag känner igen.");
        }

        var found = goalId is null ? null : index.Current.FindById(goalId);
        if (found is null)
        {
            logger.LogWarning("Card action {Verb} for unknown goal {GoalId}", verb, goalId);
            return MessageCard.Error("Målet finns inte längre i målförrådet. Fråga igen, t.ex. \"hur går nämndmål 3.6.1?\".");
        }

        switch (verb)
        {
            case CardVerbs.VisaMal:
                return cards.StatusCard(found.Plan, found.Goal, null, asker);
            case CardVerbs.VisaIndikatorer:
                return IndicatorsCard.Build(found.Plan, found.Goal);
            case CardVerbs.Rapportera:
                return cards.Render(new Conversation.Answers.ReportRequestAnswer(found.Plan, found.Goal,
                    Domain.Periods.ReportingPeriod.TryParse(data?[CardData.Period]?.GetValue<string>(), out var p) ? p : Domain.Periods.ReportingPeriod.Containing(cards.Today())), asker);
            default:
                logger.LogWarning("Unknown card verb {Verb}", verb);
                return MessageCard.Error("Knappen skickade en åtgärd jag inte känner igen.");
        }
    }
}
