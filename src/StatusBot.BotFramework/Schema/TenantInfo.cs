using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>A tenant reference <c>{ "id": … }</c>.</summary>
public sealed class TenantInfo
{
    /// <summary>Entra tenant id.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }
    /// <summary>Fields this model does not know, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
