using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>Conversation id; the key of every connector call.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }
    /// <summary>Entra tenant of the conversation.</summary>
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c> in Teams.</summary>
    [JsonPropertyName("conversationType")] public string? ConversationType { get; set; }
    /// <summary>True for group chats and channels.</summary>
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; set; }
    /// <summary>Display name, when the channel has one.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }
    /// <summary>Fields this model does not know, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
