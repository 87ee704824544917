using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Periods;
using StatusBot.Application.Outcomes;
using StatusBot.Teams.Telemetry;
using StatusBot.Application.Reminders;
using StatusBot.Application;
using StatusBot.Teams.Outcomes;

namespace StatusBot.Teams.Bot;

/// <summary>
/// The bot's behaviour without any transport: a question or a card action in, a card out. Teams (through the
/// protocol layer) and the command line's <c>ask</c> both call this, so they cannot drift apart.
/// </summary>
public sealed class StatusBotResponder(
    ConversationService conversation, IGoalIndexSource index, AnswerCards cards, OutcomeFlow outcomes, OutcomeCards outcomeCards,
    StatusBotTelemetry telemetry, ILogger<StatusBotResponder> logger, ReminderQuestions? reminders = null)
{
    /// <summary>Answers a typed question; with a conversation key, follow-ups continue from that chat's context.</summary>
    public async Task<AdaptiveCard> AskAsync(string? text, Asker asker, CancellationToken ct = default, string? conversationKey = null)
    {
        var answer = Understand(text, asker, conversationKey);
        return await StoreBackedCardAsync(answer, asker, ct) ?? cards.Render(answer, asker);
    }

    /// <summary>Answers a typed question with the card serialised for a reply (status cards may come from the cache).</summary>
    public async Task<RenderedCard> AskForReplyAsync(string? text, Asker asker, CancellationToken ct = default, string? conversationKey = null)
    {
        var answer = Understand(text, asker, conversationKey);
        return await StoreBackedCardAsync(answer, asker, ct) is { } card ? RenderedCard.Of(card) : cards.RenderForReply(answer, asker);
    }

    /// <summary>
    /// Answers a question asked in a channel or group chat: a goal's status becomes the live shared card (read-only
    /// for everyone, with the report button in the reporters' own refreshed view); other answers as in a personal chat.
    /// </summary>
    public async Task<RenderedCard> AskInSharedConversationAsync(string? text, Asker asker, Sharing.SharedStatusCards shared, CancellationToken ct = default, string? conversationKey = null)
    {
        var answer = Understand(text, asker, conversationKey);
        if (answer is GoalAnswer g) return RenderedCard.Of(shared.ForEveryone(new GoalRef(g.Plan, g.Goal), g.Scope));
        return await StoreBackedCardAsync(answer, asker, ct) is { } card ? RenderedCard.Of(card) : cards.RenderForReply(answer, asker);
    }

    private Answer Understand(string? text, Asker asker, string? conversationKey)
    {
        using var span = StatusBotTelemetry.ActivitySource.StartActivity("statusbot.answer");
        var answer = conversation.Answer(text, asker, conversationKey);
        var kind = answer.GetType().Name;
        // The kind and the user's id only: the question itself may name people or contain anything.
        span?.SetTag("answer.kind", kind);
        telemetry.QuestionAnswered(kind);
        logger.LogInformation("Question answered with {AnswerKind} for user {UserId}", kind, asker.UserId);
        return answer;
    }

    /// <summary>The answers that need the store (forms, history, reminders); null for those built from the index alone.</summary>
    private async Task<AdaptiveCard?> StoreBackedCardAsync(Answer answer, Asker asker, CancellationToken ct) => answer switch
    {
        ReportRequestAnswer r => outcomeCards.Render(await outcomes.OpenFormAsync(new GoalRef(r.Plan, r.Goal), r.Period, asker, ct), asker),
        OutcomeHistoryAnswer h => outcomeCards.Render(await outcomes.HistoryAsync(new GoalRef(h.Plan, h.Goal), ct), asker),
        ReminderRequestAnswer r when reminders is not null => ReminderCards.Render(await reminders.AnswerAsync(r, asker, ct)),
        _ => null,
    };

    /// <summary>
    /// Answers a card action (Action.Execute verb, or Action.Submit data with a verb): returns the card that replaces
    /// or follows the one acted on. Unknown verbs, stale goal ids and malformed forms get a Swedish explanation,
    /// never an exception. <paramref name="activityId"/> is the Teams activity that carried the action: a submission
    /// delivered twice with the same id is stored once.
    /// </summary>
    public async Task<AdaptiveCard> ActAsync(string? verb, JsonObject? data, Asker asker, string? activityId = null, CancellationToken ct = default)
    {
        if (verb is null)
        {
            // Action.Submit from the help card carries the question text (imBack).
            return StringOf(data?[CardData.Question]) is { } question
                ? await AskAsync(question, asker, ct)
                : MessageCard.Error("Knappen skickade ingen åtgärd jag känner igen.");
        }
        if (verb is CardVerbs.SparaUtkast or CardVerbs.SkickaIn) return await ActOnFormAsync(verb, data, asker, activityId, ct);

        var goalId = StringOf(data?[CardData.GoalId]);
        if (Find(goalId, verb) is not { } found) return GoalGone();
        switch (verb)
        {
            case CardVerbs.VisaMal:
                return cards.StatusCard(found.Plan, found.Goal, null, asker);
            case CardVerbs.VisaIndikatorer:
                return IndicatorsCard.Build(found.Plan, found.Goal);
            case CardVerbs.Rapportera:
                var period = ReportingPeriod.TryParse(StringOf(data?[CardData.Period]), out var p) && p.Year == found.Plan.Year
                    ? p
                    : DefaultPeriod(found);
                return outcomeCards.Render(await outcomes.OpenFormAsync(found, period, asker, ct), asker);
            case CardVerbs.Avbryt:
                // Back to the goal's status, nothing saved.
                return cards.StatusCard(found.Plan, found.Goal, null, asker);
            default:
                logger.LogWarning("Unknown card verb {Verb}", LogValues.Verb(verb));
                return MessageCard.Error("Knappen skickade en åtgärd jag inte känner igen.");
        }
    }

    private async Task<AdaptiveCard> ActOnFormAsync(string verb, JsonObject? data, Asker asker, string? activityId, CancellationToken ct)
    {
        if (!OutcomeForm.TryRead(data, out var post, out var problem))
        {
            logger.LogWarning("Malformed outcome form {Verb} from user {UserId}: {Problem}", verb, asker.UserId, problem);
            return Malformed();
        }
        if (Find(post.GoalId, verb) is not { } found) return GoalGone();
        if (post.Period.Year != found.Plan.Year)
        {
            logger.LogWarning("Malformed outcome form {Verb} from user {UserId}: period {Period} outside the plan's year", verb, asker.UserId, post.Period);
            return Malformed();
        }
        var result = verb == CardVerbs.SkickaIn
            ? await outcomes.SubmitAsync(found, post, asker, activityId, ct)
            : await outcomes.SaveDraftAsync(found, post, asker, ct);
        return outcomeCards.Render(result, asker);
    }

    private GoalRef? Find(string? goalId, string verb)
    {
        var found = goalId is null ? null : index.Current.FindById(goalId);
        if (found is null) logger.LogWarning("Card action {Verb} for unknown goal {GoalId}", LogValues.Verb(verb), LogValues.Opaque(goalId));
        return found;
    }

    private ReportingPeriod DefaultPeriod(GoalRef found) => ReportingPeriod.ToReportIn(found.Plan.Year, cards.Today());

    private static AdaptiveCard GoalGone() =>
        MessageCard.Error("Målet finns inte längre i målförrådet. Fråga igen, t.ex. \"hur går nämndmål 3.6.1?\".");

    private static AdaptiveCard Malformed() =>
        MessageCard.Error("Formuläret kom inte fram som det skulle, så inget sparades. Öppna det igen, t.ex. med \"rapportera 3.6.1\".");

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
