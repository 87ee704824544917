using StatusBot.Import.Text;

namespace StatusBot.Import.Tests.Text;

public class PageFurnitureTests
{
    [Theory]
    [InlineData("Sid 17 (76) ")]
    [InlineData(" Sid 2 (22)")]
    [InlineData("Tjänsteutlåtande ")]
    [InlineData(" start.stockholm ")]
    [InlineData("Enskede-Årsta-Vantörs stadsdelsnämnd, Verksamhetsberättelse 10(142) ")]
    [InlineData("Skarpnäcks stadsdelsnämnd, Verksamhetsberättelse 7 (88)")]
    [InlineData("Kulturnämnden, Verksamhetsplan 2025 3(40)")]
    [InlineData("Farsta stadsdelsnämnd, Tertialrapport 2 12(60)")]
    public void Furniture_is_recognised_by_shape(string line) => Assert.True(PageFurniture.IsFurniture(line));

    [Theory]
    [InlineData("2023 ")]
    [InlineData("VB 2023 ")]
    [InlineData("Tjänsteutlåtandet lämnades till nämnden. ")]
    [InlineData("Förvaltningen, i samarbete med polisen, har genomfört 12 (tolv) möten. ")]
    [InlineData("27   37 20 st  2023")]
    public void Text_and_table_cells_are_not_furniture(string line) => Assert.False(PageFurniture.IsFurniture(line));

    [Fact]
    public void The_footer_names_organisation_and_document()
    {
        Assert.True(PageFurniture.TryReadFooter("Enskede-Årsta-Vantörs stadsdelsnämnd, Verksamhetsberättelse 48(142) ", out var org, out var doc));
        Assert.Equal(("Enskede-Årsta-Vantörs stadsdelsnämnd", "Verksamhetsberättelse"), (org, doc));
    }

    [Fact]
    public void A_page_break_mid_sentence_joins_the_halves()
    {
        var lines = new[] { "fortsätter öka. Arbete med att implementera friskfaktorer som metod har ", "", "", "Farsta stadsdelsnämnd, Verksamhetsberättelse 10(142) ", " ", "", "pågått koncentrerat under året. " }
            .Select((r, i) => new SourceLine(i + 1, r)).ToList();
        var cleaned = PageFurnitureRemover.Remove(lines);
        Assert.Equal([1, 7], cleaned.Select(l => l.Number));
    }

    [Fact]
    public void A_page_break_between_paragraphs_leaves_one_blank_line()
    {
        var lines = new[] { "Stycket slutar här. ", "", "Tjänsteutlåtande ", "Sid 3 (76) ", "", "Nämndmål: Nästa mål " }
            .Select((r, i) => new SourceLine(i + 1, r)).ToList();
        var cleaned = PageFurnitureRemover.Remove(lines);
        Assert.Equal(3, cleaned.Count);
        Assert.True(cleaned[1].IsBlank);
        Assert.Equal("Nämndmål: Nästa mål", cleaned[2].Text);
    }
}
