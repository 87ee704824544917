using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Serialization;

namespace StatusBot.Teams.Cards;

/// <summary>
/// A card wrapped as a Bot Framework attachment, {"contentType": "application/vnd.microsoft.card.adaptive",
/// "content": card}, in the JSON form the protocol layer's Attachment.content takes.
/// </summary>
public static class CardAttachment
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject ToJsonObject(AdaptiveCard card) => new()
    {
        ["contentType"] = ContentType,
        ["content"] = CardJson.ToJsonObject(card),
    };

    /// <summary>The card alone as a JsonElement, e.g. for an attachment's content or an invoke response's value.</summary>
    public static JsonElement Content(AdaptiveCard card) =>
        JsonSerializer.SerializeToElement(card, CardJson.Options.GetTypeInfo(typeof(AdaptiveCard)));

    public static JsonElement ToJsonElement(AdaptiveCard card) =>
        JsonSerializer.SerializeToElement(ToJsonObject(card), CardJson.Options.GetTypeInfo(typeof(JsonObject)));
}
