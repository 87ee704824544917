using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>The connector's answer to a send: the new activity's id.</summary>
public sealed class ResourceResponse
{
    /// <summary>Id of the created or updated resource.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }
}
