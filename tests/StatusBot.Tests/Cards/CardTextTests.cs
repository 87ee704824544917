using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.AdaptiveCards.Model.Inputs;
using StatusBot.AdaptiveCards.Rendering;

namespace StatusBot.Tests.Cards;

public class CardTextTests
{
    private readonly SyntheticPlans _p = new();

    [Fact]
    public void Status_card_reads_as_headings_facts_and_bracketed_buttons()
    {
        var text = CardText.Render(GoalStatusCard.Build(_p.Enskede, _p.Nm361, SyntheticPlans.Context()));
        var lines = text.Split('\n');

        Assert.Equal("Nämndmål 3.6.1", lines[0]);
        Assert.Equal("Stadsdelsområdet är tryggt, tillgängligt och välskött", lines[1]);
        Assert.Matches("^=+$", lines[2]);
        Assert.Contains("Uppfylls helt  VB 2023", lines);
        Assert.Contains("Årsmål: 79 %", lines);
        Assert.Contains("Utfall VB 2023: 78 % (män 80 %, kvinnor 76 %)", lines);
        Assert.Contains("1 januari–31 december 2023", lines);
        Assert.Contains("[Visa mer]", lines);
        Assert.Equal("[Rapportera utfall] [Visa verksamhetsområdesmålet] [Visa indikatorer]", lines[^2]);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Hidden_elements_are_left_out()
    {
        var text = CardText.Render(GoalStatusCard.Build(_p.Enskede, _p.Nm361, SyntheticPlans.Context()));
        Assert.DoesNotContain(_p.Nm361.LatestAssessment!.Analysis!, text);
        Assert.DoesNotContain("[Visa mindre]", text);
    }

    [Fact]
    public void Escaped_text_reads_as_the_document_wrote_it()
    {
        var text = CardText.Render(GoalStatusCard.Build(_p.Enskede, _p.Nm362, SyntheticPlans.Context()));
        Assert.Contains(SyntheticPlans.EvilTitle + "\n", text);
        Assert.DoesNotContain("\\[", text);
    }

    [Fact]
    public void Table_rows_are_joined_by_bars()
    {
        // The indicators card has no table any more (issue 15); the renderer still reads tables for any card that has one.
        var card = new AdaptiveCard
        {
            Body =
            [
                new Table
                {
                    Columns = [new TableColumnDefinition(), new TableColumnDefinition(), new TableColumnDefinition()],
                    Rows =
                    [
                        new TableRow { Cells = [.. new[] { "Indikator", "Utfall", "Årsmål" }.Select(Cell)] },
                        new TableRow { Cells = [Cell("Antal deltagare i feriejobb"), new TableCell { Items = [new TextBlock("1 042 st"), new TextBlock("VB 2023")] }, Cell("1 000 st")] },
                    ],
                },
            ],
        };
        var text = CardText.Render(card);
        Assert.Contains("Indikator | Utfall | Årsmål\n", text);
        Assert.Contains("Antal deltagare i feriejobb | 1 042 st, VB 2023 | 1 000 st\n", text);
    }

    [Fact]
    public void Columns_share_a_line_and_inputs_show_label_and_value()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new ColumnSet { Columns = [new Column { Items = [new TextBlock("Uppfylls delvis")] }, new Column { Items = [new TextBlock("3.6 Titel"), new TextBlock("Nämnd 2023")] }] },
                new InputText("analys") { Label = "Analys", IsRequired = true, ErrorMessage = "Skriv en analys." },
                new InputChoiceSet("b") { Label = "Bedömning", Value = "delvis", Choices = [new("Uppfylls helt", "helt"), new("Uppfylls delvis", "delvis")] },
                new InputToggle("avvikelse", "Avvikelse") { Value = "true" },
                new Image("https://x/logo.png") { AltText = "Stadens logotyp" },
            ],
            Actions = [new SubmitAction { Title = "Skicka" }],
        };
        var lines = CardText.Render(card).Split('\n');

        Assert.Equal("Uppfylls delvis  3.6 Titel", lines[0]);
        Assert.Equal("  Nämnd 2023", lines[1]);
        Assert.Contains("Analys *: ____", lines);
        Assert.Contains("Bedömning: Uppfylls helt / (Uppfylls delvis)", lines);
        Assert.Contains("avvikelse: [x] Avvikelse", lines);
        Assert.Contains("[bild: Stadens logotyp]", lines);
        Assert.Contains("[Skicka]", lines);
    }

    [Fact]
    public void Every_synthetic_card_renders_without_markdown_escapes()
    {
        foreach (var card in AllCardsValidationTests.AllCards(_p))
        {
            var text = CardText.Render(card);
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.DoesNotMatch(@"\\[\[\]()*_<>&#`]", text);
        }
    }

    private static TableCell Cell(string text) => new() { Items = [new TextBlock(text)] };
}
