namespace StatusBot.AdaptiveCards.Model.Actions;

/// <summary>Shows or hides elements by id on the client, without a round trip to the bot.</summary>
public sealed class ToggleVisibilityAction : CardAction
{
    public List<TargetElement> TargetElements { get; init; } = [];
}

/// <summary>An element to toggle; <see cref="IsVisible"/> null flips it, true/false forces it.</summary>
public sealed record TargetElement(string ElementId)
{
    public bool? IsVisible { get; init; }
}
