using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>An attachment such as an Adaptive Card.</summary>
public sealed class Attachment
{
    /// <summary>MIME type, e.g. <see cref="ContentTypes.AdaptiveCard"/>.</summary>
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    /// <summary>Inline content (the card JSON); kept as a node so cards can be built without a card library.</summary>
    [JsonPropertyName("content")] public JsonNode? Content { get; set; }
    /// <summary>URL of the content, when it is not inline.</summary>
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    /// <summary>File name or title.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }
    /// <summary>Fields this model does not know, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Wraps Adaptive Card JSON as an attachment.</summary>
    public static Attachment AdaptiveCard(JsonNode card) => new() { ContentType = ContentTypes.AdaptiveCard, Content = card };
}
