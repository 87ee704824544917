using System.Text.Json.Serialization;

namespace StatusBot.AdaptiveCards.Model.Elements;

public sealed class TableRow
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    public List<TableCell> Cells { get; init; } = [];

    public ContainerStyle? Style { get; set; }
}
