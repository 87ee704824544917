using StatusBot.AdaptiveCards.Model.Actions;

namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>Lays out columns side by side.</summary>
public sealed class ColumnSet : CardElement
{
    public List<Column> Columns { get; init; } = [];

    public CardAction? SelectAction { get; set; }

    public ContainerStyle? Style { get; set; }

    public bool Bleed { get; set; }
}
