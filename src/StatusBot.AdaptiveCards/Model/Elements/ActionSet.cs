using StatusBot.AdaptiveCards.Model.Actions;

namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>Buttons placed inside the body (e.g. "Visa mer" under the text it expands).</summary>
public sealed class ActionSet : CardElement
{
    public List<CardAction> Actions { get; init; } = [];
}
