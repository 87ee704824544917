namespace StatusBot.Import.Tests.Accounting;

/// <summary>The account of a small plan's table: what it counts, and that a row it cannot read is named, not dropped.</summary>
public class TableLineAccountTests
{
    private const string Head = """
        Verksamhetsplan 2025
        Farsta stadsdelsnämnd

        Nämndmål: 1.1.1 Alla barn har en meningsfull fritid

          Indikator Årsmål KF:s årsmål 
        år 2025 Periodicitet 

        """;

    [Fact]
    public void A_one_line_row_right_after_a_wrapped_row_is_its_own_row()
    {
        var result = DocumentImporter.ReadText(Head + """
            Andel barn och unga som är nöjda 
            med tillgången till fritidsaktiviteter 
            80 % Ökning År 
            Antal besök 12 000  st Tas fram av nämnd Tertial 
            Sid 2 (40) 
            Andel simkunniga 90  % 95 % År 

            """, "farsta.txt");
        Assert.Equal(["Andel barn och unga som är nöjda med tillgången till fritidsaktiviteter", "Antal besök", "Andel simkunniga"],
            result.Plan.Goals.SelectMany(g => g.Indicators).Select(i => i.Name));
        Assert.Equal(8, result.Tables.Lines);
        Assert.Equal((5, 3, 0), (result.Tables.Imported, result.Tables.Layout, result.Tables.Unclear.Count));
        Assert.Equal("8 rader i tabeller: 5 inlästa, 3 ignorerade som sidhuvud/sidfot, 0 oklara", result.Tables.Summary);
    }

    [Fact]
    public void A_row_without_values_is_reported_with_its_line_and_the_next_row_keeps_its_name()
    {
        var result = DocumentImporter.ReadText(Head + """
            Andel barn som lever i familjer 
            med ekonomiskt bistånd 

            Antal besök 12 000 st 11 000 st Tertial 

            """, "farsta.txt");
        Assert.Equal(["Antal besök"], result.Plan.Goals.SelectMany(g => g.Indicators).Select(i => i.Name));
        Assert.Equal([8, 9], result.Tables.Unclear.Select(u => u.LineNumber));
        Assert.Equal("Andel barn som lever i familjer", result.Tables.Unclear[0].Text);
        Assert.True(result.Tables.HasGaps);
        // The plan carries them, so a store keeps them when the import is accepted with its gaps.
        Assert.Equal(result.Tables.Unclear, result.Plan.ImportGaps);
        Assert.EndsWith("2 oklara", result.Tables.Summary, StringComparison.Ordinal);
        Assert.Contains(result.Plan.Warnings, w => w.Contains("ingen hel rad", StringComparison.Ordinal));
    }
}
