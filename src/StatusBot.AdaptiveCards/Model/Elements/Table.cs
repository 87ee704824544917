namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>A grid of cells (new in Adaptive Cards 1.5).</summary>
public sealed class Table : CardElement
{
    public List<TableColumnDefinition> Columns { get; init; } = [];

    public List<TableRow> Rows { get; init; } = [];

    /// <summary>
    /// Null means the schema default (true): the first row is announced as the header. In the schema, but
    /// Microsoft's JS renderer (cardcheck) does not know it and warns, so builders leave it unset.
    /// </summary>
    public bool? FirstRowAsHeader { get; set; }

    /// <summary>Null means the schema default (true).</summary>
    public bool? ShowGridLines { get; set; }

    public ContainerStyle? GridStyle { get; set; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; set; }

    public VerticalAlignment? VerticalCellContentAlignment { get; set; }
}
