using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Invokes;

/// <summary>The value of an <c>adaptiveCard/action</c> invoke: which action, and whether a user or a refresh triggered it.</summary>
public sealed class AdaptiveCardInvokeValue
{
    /// <summary>The Action.Execute that was run.</summary>
    [JsonPropertyName("action")]
    public AdaptiveCardInvokeAction? Action { get; set; }

    /// <summary>"manual" when a user pressed the button, "automatic" for a refresh.</summary>
    [JsonPropertyName("trigger")]
    public string? Trigger { get; set; }

    /// <summary>True when the card's refresh ran the action (no user pressed anything).</summary>
    [JsonIgnore]
    public bool IsRefresh => string.Equals(Trigger, "automatic", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The action inside <see cref="AdaptiveCardInvokeValue"/>.</summary>
public sealed class AdaptiveCardInvokeAction
{
    /// <summary>"Action.Execute".</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The action's id, if the card gave one.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The verb the card gave the action.</summary>
    [JsonPropertyName("verb")]
    public string? Verb { get; set; }

    /// <summary>The action's data merged with the card's input values.</summary>
    [JsonPropertyName("data")]
    public JsonObject? Data { get; set; }
}
