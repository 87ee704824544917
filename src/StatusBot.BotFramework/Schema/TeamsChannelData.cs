using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>The parts of Teams' <c>channelData</c> this layer reads; the rest is preserved.</summary>
public sealed class TeamsChannelData
{
    /// <summary>The tenant the activity comes from.</summary>
    [JsonPropertyName("tenant")] public TenantInfo? Tenant { get; set; }
    /// <summary>Fields this model does not know (team, channel, eventType, …), kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
