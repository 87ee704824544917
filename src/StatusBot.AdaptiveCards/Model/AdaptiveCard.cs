using System.Text.Json.Serialization;
using StatusBot.AdaptiveCards.Model.Actions;

namespace StatusBot.AdaptiveCards.Model;

/// <summary>The root of an Adaptive Card, version 1.5 (the highest Teams renders for bot-sent cards).</summary>
public sealed class AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string CurrentVersion = "1.5";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string Schema { get; set; } = SchemaUrl;

    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    /// <summary>Teams refuses to render a top-level card without it.</summary>
    [JsonPropertyOrder(-1)]
    public string Version { get; set; } = CurrentVersion;

    public List<CardElement> Body { get; init; } = [];

    public List<CardAction> Actions { get; init; } = [];

    /// <summary>Universal Actions: the client runs this action to fetch a fresh, user-specific card.</summary>
    public Refresh? Refresh { get; set; }

    /// <summary>Teams-only extension; not in the schema, so validators must drop it first.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; set; }

    /// <summary>Shown by clients that cannot render the card (and in notifications).</summary>
    public string? FallbackText { get; set; }

    public string? Speak { get; set; }

    /// <summary>Makes the whole card clickable.</summary>
    public CardAction? SelectAction { get; set; }
}
