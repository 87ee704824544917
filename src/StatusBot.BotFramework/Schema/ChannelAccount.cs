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
