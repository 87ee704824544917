using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>An attachment such as an Adaptive Card.</summary>
public sealed class Attachment
{
    private InlineContent? _content;

    /// <summary>MIME type, e.g. <see cref="ContentTypes.AdaptiveCard"/>.</summary>
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }

    /// <summary>
    /// Inline content (the card JSON); kept as a node so cards can be built without a card library. When the content
    /// was given as UTF-8 JSON (<see cref="AdaptiveCard(ReadOnlyMemory{byte})"/>), reading this parses it.
    /// </summary>
    [JsonIgnore]
    public JsonNode? Content
    {
        get => _content?.Node;
        set => _content = value is null ? null : new InlineContent(value);
    }

    /// <summary>The content as serialised JSON: <see cref="Content"/> or the UTF-8 JSON it was given as.</summary>
    [JsonInclude, JsonPropertyName("content"), JsonConverter(typeof(InlineContentConverter))]
    internal InlineContent? SerializedContent { get => _content; set => _content = value; }

    /// <summary>URL of the content, when it is not inline.</summary>
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    /// <summary>File name or title.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }
    /// <summary>Fields this model does not know, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Wraps Adaptive Card JSON as an attachment.</summary>
    public static Attachment AdaptiveCard(JsonNode card) => new() { ContentType = ContentTypes.AdaptiveCard, Content = card };

    /// <summary>
    /// Wraps an Adaptive Card that is already serialised (UTF-8 JSON of one object): it is written as it is, so a
    /// sender that serialised the card anyway (e.g. to check Teams' size limit) does not pay for it twice. The bytes
    /// are checked to be one JSON object here, not when the activity is sent.
    /// </summary>
    public static Attachment AdaptiveCard(ReadOnlyMemory<byte> utf8CardJson) => AdaptiveCard(InlineContent.FromUtf8(utf8CardJson));

    /// <summary>Wraps an already serialised and checked Adaptive Card (<see cref="InlineContent.FromUtf8"/>), e.g. a cached one.</summary>
    public static Attachment AdaptiveCard(InlineContent card) => new() { ContentType = ContentTypes.AdaptiveCard, _content = card };
}
