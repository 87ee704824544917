using System.Text.Json.Serialization;

namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>A table column: its width (a relative weight or pixels) and default alignment.</summary>
public sealed class TableColumnDefinition
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableColumnDefinition";

    /// <summary>Tables accept weights and pixels only; "auto"/"stretch" are for columns of a ColumnSet.</summary>
    public ColumnWidth? Width { get; set; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; set; }

    public VerticalAlignment? VerticalCellContentAlignment { get; set; }
}
