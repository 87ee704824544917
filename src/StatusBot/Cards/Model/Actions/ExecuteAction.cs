using System.Text.Json.Nodes;

namespace StatusBot.Cards.Model.Actions;

/// <summary>
/// Universal Action: Teams sends an invoke "adaptiveCard/action" with <see cref="Verb"/> and <see cref="Data"/>
/// (plus the card's input values), and the bot may answer with a card that replaces this one.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    public string? Verb { get; set; }

    public JsonObject? Data { get; set; }

    public AssociatedInputs? AssociatedInputs { get; set; }
}
