using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.BotFramework.Hosting;
using StatusBot.BotFramework.Schema;
using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Application.Conversation;
using StatusBot.Teams.Telemetry;
using BotActivity = StatusBot.BotFramework.Schema.Activity;
using StatusBot.Application;

namespace StatusBot.Teams.Bot;

/// <summary>Teams' side of the bot: activities in, cards out through the connector or the invoke response.</summary>
public sealed class StatusBotActivityHandler(StatusBotResponder responder, StatusBotTelemetry telemetry, ILogger<StatusBotActivityHandler> logger)
    : ActivityHandler
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public override async Task OnMessageAsync(TurnContext turn)
    {
        var asker = AskerOf(turn.Activity);
        // Action.Submit (clients without Universal Actions) arrives as a message with a value and no text.
        var card = turn.Activity.Value is { ValueKind: JsonValueKind.Object } value && string.IsNullOrWhiteSpace(turn.Activity.Text)
            ? RenderedCard.Of(await responder.ActAsync(VerbOf(value), JsonNode.Parse(value.GetRawText()) as JsonObject, asker, turn.Activity.Id, turn.CancellationToken))
            : await responder.AskForReplyAsync(turn.TextWithoutMention, asker, turn.CancellationToken);
        await turn.ReplyAsync(CardReply(card));
        telemetry.ReplyDelivered("connector");
    }

    public override async Task<InvokeResponse> OnInvokeAsync(TurnContext turn)
    {
        if (turn.Activity.Name != AdaptiveCardActionInvoke || turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            logger.LogWarning("Unsupported invoke {InvokeName}", turn.Activity.Name);
            return InvokeResponse.Error(400, "NotSupported", "StatusBot stöder inte den här åtgärden.");
        }
        var action = value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var verb = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var data = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            ? JsonNode.Parse(d.GetRawText()) as JsonObject
            : null;
        var card = await responder.ActAsync(verb, data, AskerOf(turn.Activity), turn.Activity.Id, turn.CancellationToken);
        telemetry.ReplyDelivered("invoke");
        return InvokeResponse.AdaptiveCard(CardJson.ToJsonObject(card));
    }

    public override async Task OnInstallationUpdateAsync(TurnContext turn)
    {
        if (turn.Activity.AdditionalProperties?.TryGetValue("action", out var action) == true
            && action.ValueKind == JsonValueKind.String && action.GetString() is "add" or "add-upgrade")
        {
            await turn.SendActivityAsync(CardReply(await responder.AskAsync("hjälp", AskerOf(turn.Activity), turn.CancellationToken)));
            telemetry.ReplyDelivered("connector");
        }
    }

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
