using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>The connector's answer to <c>POST v3/conversations</c>.</summary>
public sealed class ConversationResourceResponse
{
    /// <summary>The conversation id.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }
    /// <summary>Id of the first activity, if one was sent.</summary>
    [JsonPropertyName("activityId")] public string? ActivityId { get; set; }
    /// <summary>The service URL to use for this conversation, if the connector says so.</summary>
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
    /// <summary>Fields this model does not know.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
