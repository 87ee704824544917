using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>
/// An entity attached to an activity. Only the fields of a <c>mention</c> are modelled; every other field of any
/// entity type is kept in <see cref="AdditionalProperties"/> so nothing is lost on a round trip.
/// </summary>
public sealed class Entity
{
    /// <summary>The mention entity type.</summary>
    public const string MentionType = "mention";

    /// <summary>Entity type, e.g. <c>mention</c>, <c>clientInfo</c>.</summary>
    [JsonPropertyName("type")] public string? Type { get; set; }
    /// <summary>For a mention: who is mentioned.</summary>
    [JsonPropertyName("mentioned")] public ChannelAccount? Mentioned { get; set; }
    /// <summary>For a mention: the exact text in the message, e.g. <c>&lt;at&gt;StatusBot&lt;/at&gt;</c>.</summary>
    [JsonPropertyName("text")] public string? Text { get; set; }
    /// <summary>Fields this model does not know, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>True if this is a mention entity.</summary>
    [JsonIgnore] public bool IsMention => string.Equals(Type, MentionType, StringComparison.OrdinalIgnoreCase);
}
