using System.Text.Json.Serialization;
using StatusBot.AdaptiveCards.Model.Actions;

namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>One column of a ColumnSet. Not an element: it can only stand in a ColumnSet.</summary>
public sealed class Column
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public ColumnWidth? Width { get; set; }

    public List<CardElement> Items { get; init; } = [];

    public VerticalAlignment? VerticalContentAlignment { get; set; }

    public ContainerStyle? Style { get; set; }

    public CardAction? SelectAction { get; set; }

    public string? Id { get; set; }

    public bool? IsVisible { get; set; }

    public Spacing? Spacing { get; set; }

    public bool Separator { get; set; }
}
