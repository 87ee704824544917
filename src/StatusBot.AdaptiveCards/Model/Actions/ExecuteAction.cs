using System.Text.Json.Nodes;

namespace StatusBot.AdaptiveCards.Model.Actions;

/// <summary>
/// Universal Action: Teams sends an invoke "adaptiveCard/action" with <see cref="Verb"/> and <see cref="Data"/>
/// (plus the card's input values), and the bot may answer with a card that replaces this one.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    public string? Verb { get; set; }

    public JsonObject? Data { get; set; }

    public AssociatedInputs? AssociatedInputs { get; set; }

    /// <summary>
    /// What a client without Universal Actions shows instead (an <see cref="SubmitAction"/> with the same data, so
    /// the bot gets the same values as a message). Typed as the base so that the JSON carries its "type".
    /// </summary>
    public CardAction? Fallback { get; set; }
}
