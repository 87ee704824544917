using System.Text.Json.Nodes;

namespace StatusBot.AdaptiveCards.Model.Actions;

/// <summary>
/// Classic submit: the host sends a message activity whose value is <see cref="Data"/> merged with the inputs.
/// In Teams, data {"msteams": {"type": "imBack", "value": TEXT}} instead posts TEXT as if the user typed it.
/// </summary>
public sealed class SubmitAction : CardAction
{
    public JsonObject? Data { get; set; }

    public AssociatedInputs? AssociatedInputs { get; set; }
}
