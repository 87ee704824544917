using StatusBot.Domain.Plans;
using StatusBot.Import.Accounting;

namespace StatusBot.Import;

/// <summary>A document's plan together with the account of its table lines (<see cref="TableLineAccount"/>).</summary>
public sealed record ImportResult(Plan Plan, TableLineAccount Tables)
{
    /// <summary>The rows in document order with their source lines: lets tests lay a document's rows out anew.</summary>
    internal IReadOnlyList<TableRowSource> Rows { get; init; } = [];
}
