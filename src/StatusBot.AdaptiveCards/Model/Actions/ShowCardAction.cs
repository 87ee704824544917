namespace StatusBot.AdaptiveCards.Model.Actions;

/// <summary>Expands a nested card below the actions (no round trip to the bot).</summary>
public sealed class ShowCardAction(AdaptiveCard card) : CardAction
{
    public AdaptiveCard Card { get; set; } = card;
}
