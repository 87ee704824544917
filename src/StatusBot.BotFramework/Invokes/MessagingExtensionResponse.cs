using System.Text.Json.Nodes;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Invokes;

/// <summary>
/// The HTTP 200 body that answers <c>composeExtension/query</c> and <c>composeExtension/queryLink</c>:
/// <c>{"composeExtension": {"type": "result", "attachmentLayout": "list", "attachments": [...]}}</c>, or
/// <c>{"composeExtension": {"type": "message", "text": ...}}</c> for a sentence instead of results. Unlike
/// <c>adaptiveCard/action</c> it is not wrapped in {statusCode, type, value}.
/// </summary>
public static class MessagingExtensionResponse
{
    /// <summary>Content type of a thumbnail card, the result list's preview of each result.</summary>
    public const string ThumbnailCardContentType = "application/vnd.microsoft.card.thumbnail";

    /// <summary>Results shown as a list; each attachment carries the card to insert and its preview.</summary>
    public static InvokeResponse Result(IEnumerable<JsonObject> attachments) => Body(new JsonObject
    {
        ["type"] = "result",
        ["attachmentLayout"] = "list",
        ["attachments"] = new JsonArray([.. attachments]),
    });

    /// <summary>A sentence shown where the results would be (e.g. "nothing matched").</summary>
    public static InvokeResponse Message(string text) => Body(new JsonObject { ["type"] = "message", ["text"] = text });

    /// <summary>
    /// One result: the Adaptive Card that is inserted when the user picks it, and the thumbnail card the result
    /// list shows.
    /// </summary>
    public static JsonObject Attachment(JsonNode adaptiveCard, string title, string? subtitle, string? text) => new()
    {
        ["contentType"] = ContentTypes.AdaptiveCard,
        ["content"] = adaptiveCard,
        ["preview"] = new JsonObject
        {
            ["contentType"] = ThumbnailCardContentType,
            ["content"] = new JsonObject { ["title"] = title, ["subtitle"] = subtitle, ["text"] = text },
        },
    };

    private static InvokeResponse Body(JsonObject composeExtension) => new()
    {
        Status = 200,
        Body = new JsonObject { ["composeExtension"] = composeExtension },
    };
}
