using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Invokes;

/// <summary>The value of a <c>composeExtension/queryLink</c> invoke: the URL that was pasted.</summary>
public sealed class AppBasedLinkQuery
{
    /// <summary>The pasted URL.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>State returned by an authentication flow.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }
}
