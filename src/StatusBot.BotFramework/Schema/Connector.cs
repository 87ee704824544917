using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>The connector's answer to a send: the new activity's id.</summary>
public sealed class ResourceResponse
{
    /// <summary>Id of the created or updated resource.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }
}

/// <summary>Body of <c>POST v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    /// <summary>Must be false for a 1:1 conversation.</summary>
    [JsonPropertyName("isGroup")] public bool IsGroup { get; set; }
    /// <summary>The bot.</summary>
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; set; }
    /// <summary>The members; for a 1:1 exactly the user.</summary>
    [JsonPropertyName("members")] public List<ChannelAccount>? Members { get; set; }
    /// <summary>Conversation topic (group conversations only).</summary>
    [JsonPropertyName("topicName")] public string? TopicName { get; set; }
    /// <summary>Tenant of the conversation (Teams requires it).</summary>
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    /// <summary>Channel data; Teams reads <c>tenant.id</c> here too.</summary>
    [JsonPropertyName("channelData")] public TeamsChannelData? ChannelData { get; set; }
    /// <summary>Optional first activity.</summary>
    [JsonPropertyName("activity")] public Activity? Activity { get; set; }
}

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
