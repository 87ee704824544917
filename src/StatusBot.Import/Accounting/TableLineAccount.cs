using StatusBot.Domain.Language;
using System.Globalization;
using StatusBot.Domain.Plans;

namespace StatusBot.Import.Accounting;

/// <summary>
/// Where every non-blank line inside a plan's indicator and activity tables went: read into exactly one row (its
/// name, values, Analys or note), recognised as layout (table headers, repeated headers and page headers or footers
/// after a page break), or unclear. Unclear is the default for a line nothing claimed, so a lost row cannot go
/// unnoticed: <c>Lines == Imported + Layout + Unclear.Count</c> always holds.
/// </summary>
public sealed record TableLineAccount(int Lines, int Imported, int Layout, IReadOnlyList<ImportGap> Unclear)
{
    public static readonly TableLineAccount None = new(0, 0, 0, []);

    public bool HasGaps => Unclear.Count > 0;

    /// <summary>"412 rader i tabeller: 380 inlästa, 32 ignorerade som sidhuvud/sidfot, 0 oklara".</summary>
    public string Summary =>
        string.Create(CultureInfo.InvariantCulture,
            $"{SwedishCount.Of(Lines, "rad", "rader")} i tabeller: {SwedishCount.Of(Imported, "inläst", "inlästa")}, {SwedishCount.Of(Layout, "ignorerad", "ignorerade")} som sidhuvud/sidfot, {SwedishCount.Of(Unclear.Count, "oklar", "oklara")}");
}
