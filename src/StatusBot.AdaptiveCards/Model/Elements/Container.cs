using StatusBot.AdaptiveCards.Model.Actions;

namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>Groups items; its style tints the background (used for status badges and sections).</summary>
public sealed class Container : CardElement
{
    public List<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; set; }

    /// <summary>Lets a styled container reach the card's edges instead of sitting inside its padding.</summary>
    public bool Bleed { get; set; }

    public VerticalAlignment? VerticalContentAlignment { get; set; }

    /// <summary>Makes the whole container clickable.</summary>
    public CardAction? SelectAction { get; set; }
}
