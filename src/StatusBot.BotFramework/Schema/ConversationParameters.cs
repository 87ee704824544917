using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

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
