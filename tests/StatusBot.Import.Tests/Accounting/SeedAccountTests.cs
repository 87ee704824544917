using StatusBot.Import.Tests.Seeds;
using StatusBot.Testing;

namespace StatusBot.Import.Tests.Accounting;

/// <summary>The seeds' tables are read completely: every line is a row's or layout, none unclear.</summary>
public class SeedAccountTests
{
    [Theory]
    [InlineData(RepoPaths.Hagersten)]
    [InlineData(RepoPaths.Enskede)]
    [InlineData(RepoPaths.Stod)]
    public void Every_table_line_of_a_seed_is_read_or_layout(string seed)
    {
        var result = DocumentImporter.ReadText(SeedPlans.Text(seed), seed);
        Assert.Empty(result.Tables.Unclear);
        Assert.Equal(result.Tables.Lines, result.Tables.Imported + result.Tables.Layout);
        Assert.Matches(@"^\d[\d ]* rader i tabeller: \d[\d ]* inlästa, \d[\d ]* ignorerade som sidhuvud/sidfot, 0 oklara$", result.Tables.Summary);
        // Every row has lines of its own: no line is read into two rows.
        var rowLines = result.Rows.SelectMany(r => r.LineNumbers).ToList();
        Assert.Equal(rowLines.Count, rowLines.Distinct().Count());
        Assert.True(rowLines.Count <= result.Tables.Imported);
    }
}
