using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity with the fields Teams uses. Every field the model does not name is kept in
/// <see cref="AdditionalProperties"/> and written back unchanged, so a future protocol field never gets lost.
/// </summary>
public sealed class Activity
{
    /// <summary>Activity type, see <see cref="ActivityType"/>. Required on the wire: a body without it is not an activity.</summary>
    [JsonRequired]
    [JsonPropertyName("type")] public ActivityType Type { get; set; } = ActivityType.Message;
    /// <summary>Id assigned by the channel.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }
    /// <summary>When the channel received the activity (UTC).</summary>
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }
    /// <summary>The sender's local time with its offset.</summary>
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; set; }
    /// <summary>Where replies go: the base URL of the connector service for this conversation.</summary>
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
    /// <summary>Channel id, e.g. <c>msteams</c>.</summary>
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }
    /// <summary>The sender.</summary>
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }
    /// <summary>The receiver (the bot, for inbound activities).</summary>
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }
    /// <summary>The conversation.</summary>
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }
    /// <summary>The activity this one answers.</summary>
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }
    /// <summary>Message text.</summary>
    [JsonPropertyName("text")] public string? Text { get; set; }
    /// <summary>Format of <see cref="Text"/>, see <see cref="TextFormats"/>.</summary>
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }
    /// <summary>Attachments such as Adaptive Cards.</summary>
    [JsonPropertyName("attachments")] public List<Attachment>? Attachments { get; set; }
    /// <summary>Entities, including mentions.</summary>
    [JsonPropertyName("entities")] public List<Entity>? Entities { get; set; }
    /// <summary>Payload of an invoke or a card submit.</summary>
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    /// <summary>Name of an invoke or event, e.g. <c>adaptiveCard/action</c>.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }
    /// <summary>Channel-specific data; for Teams the tenant lives here.</summary>
    [JsonPropertyName("channelData")] public TeamsChannelData? ChannelData { get; set; }
    /// <summary>The user's locale, e.g. <c>sv-SE</c>.</summary>
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    /// <summary>Input hint, see <see cref="InputHints"/>.</summary>
    [JsonPropertyName("inputHint")] public string? InputHint { get; set; }
    /// <summary>Text shown in notifications when the message has only a card.</summary>
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    /// <summary>Fields this model does not know, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A plain message activity with the given text.</summary>
    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityType.Message, Text = text };
}
