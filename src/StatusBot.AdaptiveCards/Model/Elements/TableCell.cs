using System.Text.Json.Serialization;
using StatusBot.AdaptiveCards.Model.Actions;

namespace StatusBot.AdaptiveCards.Model.Elements;

public sealed class TableCell
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";

    public List<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; set; }

    public VerticalAlignment? VerticalContentAlignment { get; set; }

    public CardAction? SelectAction { get; set; }
}
