using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>A participant: a user or the bot (<c>from</c>, <c>recipient</c>, conversation members).</summary>
public sealed class ChannelAccount
{
    /// <summary>Channel-specific id (in Teams <c>29:…</c> for users, <c>28:…</c> for bots).</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }
    /// <summary>Display name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }
    /// <summary>The Entra ID object id of a user; the stable identity to key people on.</summary>
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }
    /// <summary><c>user</c> or <c>bot</c>, see <see cref="RoleTypes"/>.</summary>
    [JsonPropertyName("role")] public string? Role { get; set; }
    /// <summary>Fields this model does not know, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

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
