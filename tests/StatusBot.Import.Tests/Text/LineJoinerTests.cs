using StatusBot.Import.Text;

namespace StatusBot.Import.Tests.Text;

public class LineJoinerTests
{
    private static List<SourceLine> Lines(params string[] raw) => raw.Select((r, i) => new SourceLine(i + 1, r)).ToList();

    private static string Join(Vocabulary? vocabulary, params string[] raw) => LineJoiner.JoinText(Lines(raw), vocabulary ?? Vocabulary.Empty);

    [Fact]
    public void A_trailing_space_ends_the_word() =>
        Assert.Equal("Barn och ungdomar erbjuds en jämlik fritid", Join(null, "Barn och ungdomar ", "erbjuds en   jämlik fritid "));

    [Fact]
    public void No_trailing_space_continues_the_word_across_blank_lines() =>
        Assert.Equal("Tas fram av nämnd/styrelse", Join(null, "Tas fram av ", "nämnd/styrel", "", "se "));

    [Fact]
    public void A_suspended_compound_keeps_hyphen_and_space() =>
        Assert.Equal("rikt kultur-, idrotts- och föreningsliv", Join(null, "rikt kultur-, idrotts- ", "och föreningsliv "));

    [Fact]
    public void A_hyphen_before_a_capital_or_after_a_digit_or_acronym_is_real()
    {
        Assert.Equal("Seniorhälsan-Västertorpsträffen. Lilla", Join(null, "Seniorhälsan-", "Västertorpsträffen. Lilla "));
        Assert.Equal("under en 14-dagarsperiod", Join(null, "under en 14-", "dagarsperiod "));
        Assert.Equal("en SIP-samordnare", Join(null, "en SIP-", "samordnare "));
    }

    [Fact]
    public void A_dash_between_words_keeps_its_spaces() =>
        Assert.Equal("nöjd med sin insats - Funktionsnedsättning", Join(null, "nöjd med sin insats -", " Funktionsnedsättning "));

    [Fact]
    public void Soft_hyphenation_is_repaired_when_the_document_spells_the_word_whole()
    {
        var vocabulary = new Vocabulary(Lines("delaktiga i verksamhetsutvecklingen. "));
        Assert.Equal("en del i verksamhetsutvecklingen. Samarbete", Join(vocabulary, "en del i verksamhetsutveck-", " lingen. Samarbete "));
    }

    [Fact]
    public void A_real_hyphen_is_kept_when_the_document_spells_it_so_or_uses_the_first_part_alone()
    {
        var hyphenated = new Vocabulary(Lines("stärka egen regi-verksamheter för att "));
        Assert.Equal("stärka egen regi-verksamheter.", Join(hyphenated, "stärka egen regi-", "verksamheter. "));
        var standalone = new Vocabulary(Lines("drivs i egen regi samt "));
        Assert.Equal("stärka egen regi-verksamheter.", Join(standalone, "stärka egen regi-", "verksamheter. "));
    }

    [Fact]
    public void A_word_fragment_before_a_hyphen_is_soft_hyphenation() =>
        Assert.Equal("ungdomar i gymnasieåldern.", Join(Vocabulary.Empty, "ungdomar i gymnasie-", "åldern. "));

    [Fact]
    public void Cells_keep_their_spacing_across_lines() =>
        Assert.Equal("1,4 kg CO2 per kg livsmedel   1,5 kg", LineJoiner.JoinCells(Lines("1,4 kg CO2 ", "per kg ", "livsmedel ", "", "  1,5 kg "), Vocabulary.Empty));

    [Fact]
    public void Prose_paragraphs_are_separated_by_blank_lines()
    {
        var prose = new ProseBuilder(Vocabulary.Empty);
        foreach (var line in Lines("Första stycket ", "fortsätter. ", "", "Andra stycket. ")) prose.Add(line);
        Assert.Equal("Första stycket fortsätter.\n\nAndra stycket.", prose.Build());
    }
}
