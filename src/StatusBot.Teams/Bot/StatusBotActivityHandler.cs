using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.BotFramework.Hosting;
using StatusBot.BotFramework.Invokes;
using StatusBot.BotFramework.Schema;
using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Application.Conversation;
using StatusBot.Teams.Telemetry;
using StatusBot.Teams.Links;
using StatusBot.Teams.MessageExtension;
using StatusBot.Teams.Sharing;
using StatusBot.Teams.Welcome;
using BotActivity = StatusBot.BotFramework.Schema.Activity;
using StatusBot.Application;

namespace StatusBot.Teams.Bot;

/// <summary>Teams' side of the bot: activities in, cards out through the connector or the invoke response.</summary>
public sealed class StatusBotActivityHandler : ActivityHandler
{
    public const string AdaptiveCardActionInvoke = InvokeNames.AdaptiveCardAction;

    /// <summary>Said when a caller that cannot vouch for the user (not the Bot Framework channel) tries to change something.</summary>
    public const string NotThroughTeams = "Det här kan bara göras i Teams. Inget sparades.";

    private readonly StatusBotResponder _responder;
    private readonly StatusBotTelemetry _telemetry;
    private readonly ILogger<StatusBotActivityHandler> _logger;
    private readonly SharedStatusCards _sharedCards;
    private readonly SharedCardActions _sharedActions;

    public StatusBotActivityHandler(StatusBotResponder responder, StatusBotTelemetry telemetry, ILogger<StatusBotActivityHandler> logger,
        SharedStatusCards sharedCards, SharedCardActions sharedActions, ComposeSearchInvoke composeSearch, LinkUnfurlInvoke linkUnfurl)
    {
        _responder = responder;
        _telemetry = telemetry;
        _logger = logger;
        _sharedCards = sharedCards;
        _sharedActions = sharedActions;
        Invokes.MapInvoke<AdaptiveCardInvokeValue>(InvokeNames.AdaptiveCardAction, OnCardActionAsync);
        Invokes.MapInvoke<MessagingExtensionQuery>(InvokeNames.ComposeExtensionQuery, (turn, query) => composeSearch.HandleAsync(query, AskerOf(turn.Activity)));
        Invokes.MapInvoke<AppBasedLinkQuery>(InvokeNames.ComposeExtensionQueryLink, (_, link) => linkUnfurl.HandleAsync(link));
    }

    public override async Task OnMessageAsync(TurnContext turn)
    {
        var asker = AskerOf(turn.Activity);
        // Action.Submit (clients without Universal Actions) arrives as a message with a value and no text.
        var card = turn.Activity.Value is { ValueKind: JsonValueKind.Object } value && string.IsNullOrWhiteSpace(turn.Activity.Text)
            ? RenderedCard.Of(await ActAsync(turn, VerbOf(value), JsonNode.Parse(value.GetRawText()) as JsonObject, asker))
            : SharedConversation.IsShared(turn.Activity)
                ? await _responder.AskInSharedConversationAsync(turn.TextWithoutMention, asker, _sharedCards, turn.CancellationToken, ConversationKeyOf(turn.Activity, asker))
                : await _responder.AskForReplyAsync(turn.TextWithoutMention, asker, turn.CancellationToken, ConversationKeyOf(turn.Activity, asker));
        await turn.ReplyAsync(CardReply(card));
        _telemetry.ReplyDelivered("connector");
    }

    public override Task<InvokeResponse> OnInvokeAsync(TurnContext turn)
    {
        if (Invokes.TryRoute(turn) is { } routed) return routed;
        _logger.LogWarning("Unsupported invoke {InvokeName}", LogValues.Opaque(turn.Activity.Name));
        return Task.FromResult(InvokeResponse.Error(400, "NotSupported", "StatusBot stöder inte den här åtgärden."));
    }

    private async Task<InvokeResponse> OnCardActionAsync(TurnContext turn, AdaptiveCardInvokeValue value)
    {
        var (verb, data, asker) = (value.Action?.Verb, value.Action?.Data, AskerOf(turn.Activity));
        // A refresh of a shared card answers with a card only (no message), so it cannot post or loop.
        var card = _sharedActions.TryAnswer(turn.Activity, verb, data, asker)
                   ?? _sharedActions.KeepLive(turn.Activity, data, await ActAsync(turn, verb, data, asker));
        _telemetry.ReplyDelivered("invoke");
        return InvokeResponse.AdaptiveCard(CardJson.ToJsonObject(card));
    }

    /// <summary>
    /// A card action changes things only when the caller vouches for the user in 'from' (the Bot Framework channel,
    /// or local development): another app of the tenant may read, never report in a chief's name.
    /// </summary>
    private Task<AdaptiveCard> ActAsync(TurnContext turn, string? verb, JsonObject? data, Asker asker)
    {
        if (!turn.Caller.VouchesForTheActivity && CardVerbs.Changes(verb))
        {
            _logger.LogWarning("Card action {Verb} refused: caller {CallerKind} cannot vouch for user {UserId}", LogValues.Verb(verb), turn.Caller.Kind, asker.UserId);
            return Task.FromResult(MessageCard.Error(NotThroughTeams));
        }
        return _responder.ActAsync(verb, data, asker, turn.Activity.Id, turn.CancellationToken);
    }

    public override async Task OnInstallationUpdateAsync(TurnContext turn)
    {
        if (turn.Activity.AdditionalProperties?.TryGetValue("action", out var action) == true
            && action.ValueKind == JsonValueKind.String && action.GetString() is "add" or "add-upgrade")
        {
            await turn.SendActivityAsync(CardReply(WelcomeCard.Build(shared: SharedConversation.IsShared(turn.Activity))));
            _telemetry.ReplyDelivered("connector");
        }
    }

    /// <summary>
    /// Whose context a follow-up continues: the Teams conversation and the user in it, so two people in a group
    /// chat never continue each other's questions. Null (no context) when Teams gives no conversation id.
    /// </summary>
    public static string? ConversationKeyOf(BotActivity activity, Asker asker) =>
        activity.Conversation?.Id is { Length: > 0 } id ? $"{activity.GetTenantId()}|{id}|{asker.UserId}" : null;

    public static Asker AskerOf(BotActivity activity) =>
        new(activity.From?.AadObjectId ?? activity.From?.Id ?? "okänd", null, activity.GetTenantId(), activity.From?.Name);

    private static string? VerbOf(JsonElement value) =>
        value.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A message carrying one Adaptive Card; its fallback text is what notifications and old clients show.</summary>
    public static BotActivity CardReply(AdaptiveCard card) => CardReply(RenderedCard.Of(card));

    /// <inheritdoc cref="CardReply(AdaptiveCard)"/>
    public static BotActivity CardReply(RenderedCard card)
    {
        var reply = BotActivity.CreateMessage();
        reply.Summary = card.FallbackText;
        reply.Attachments = [Attachment.AdaptiveCard(card.Content)];
        return reply;
    }
}
