using System.Text.Json.Nodes;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.AdaptiveCards.Model.Inputs;
using StatusBot.AdaptiveCards.Model.Serialization;

namespace StatusBot.Tests.Cards;

public class CardModelSerializationTests
{
    private static JsonObject Json(AdaptiveCard card) => JsonNode.Parse(CardJson.Serialize(card))!.AsObject();

    [Fact]
    public void Empty_card_has_schema_type_and_version_and_nothing_else()
    {
        var json = Json(new AdaptiveCard());

        Assert.Equal(["$schema", "type", "version"], json.Select(p => p.Key));
        Assert.Equal(AdaptiveCard.SchemaUrl, (string?)json["$schema"]);
        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
    }

    [Fact]
    public void Text_block_writes_only_what_was_set_in_camel_case()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Hej")] };
        var block = Json(card)["body"]![0]!.AsObject();
        Assert.Equal(["type", "text"], block.Select(p => p.Key));

        card.Body[0] = new TextBlock("Hej")
        {
            Wrap = true, Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention, IsSubtle = true,
            MaxLines = 2, HorizontalAlignment = HorizontalAlignment.Center, FontType = FontType.Monospace,
            Id = "t1", IsVisible = false, Spacing = Spacing.ExtraLarge, Separator = true,
        };
        block = Json(card)["body"]![0]!.AsObject();
        Assert.Equal("TextBlock", (string?)block["type"]);
        Assert.Equal("extraLarge", (string?)block["size"]);
        Assert.Equal("bolder", (string?)block["weight"]);
        Assert.Equal("attention", (string?)block["color"]);
        Assert.Equal("center", (string?)block["horizontalAlignment"]);
        Assert.Equal("monospace", (string?)block["fontType"]);
        Assert.Equal("extraLarge", (string?)block["spacing"]);
        Assert.False((bool)block["isVisible"]!);
        Assert.True((bool)block["separator"]!);
        Assert.Equal(2, (int)block["maxLines"]!);
    }

    [Fact]
    public void Explicit_false_is_kept_where_it_differs_from_the_schema_default()
    {
        var table = new Table { FirstRowAsHeader = false, ShowGridLines = false, Rows = [new TableRow { Cells = [new TableCell { Items = [new TextBlock("x")] }] }] };
        var json = Json(new AdaptiveCard { Body = [table] })["body"]![0]!;
        Assert.False((bool)json["firstRowAsHeader"]!);
        Assert.False((bool)json["showGridLines"]!);
        Assert.Equal("TableRow", (string?)json["rows"]![0]!["type"]);
        Assert.Equal("TableCell", (string?)json["rows"]![0]!["cells"]![0]!["type"]);
    }

    [Fact]
    public void Empty_lists_are_left_out_but_filled_ones_are_written()
    {
        var card = new AdaptiveCard { Body = [new Container { Items = [new TextBlock("x")] }] };
        var json = Json(card);
        Assert.False(json.ContainsKey("actions"));
        Assert.True(json.ContainsKey("body"));
        Assert.Single(json["body"]![0]!["items"]!.AsArray());
    }

    [Fact]
    public void Column_widths_are_keywords_pixels_or_weights()
    {
        var set = new ColumnSet
        {
            Columns =
            [
                new Column { Width = ColumnWidth.Auto, Items = [new TextBlock("a")] },
                new Column { Width = ColumnWidth.Stretch, Items = [new TextBlock("b")] },
                new Column { Width = ColumnWidth.Px(80), Items = [new TextBlock("c")] },
                new Column { Width = ColumnWidth.Relative(2), Items = [new TextBlock("d")] },
            ],
        };
        var columns = Json(new AdaptiveCard { Body = [set] })["body"]![0]!["columns"]!.AsArray();
        Assert.All(columns, c => Assert.Equal("Column", (string?)c!["type"]));
        Assert.Equal("auto", (string?)columns[0]!["width"]);
        Assert.Equal("stretch", (string?)columns[1]!["width"]);
        Assert.Equal("80px", (string?)columns[2]!["width"]);
        Assert.Equal(2, (int)columns[3]!["width"]!);
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Px(0));
    }

    [Fact]
    public void Actions_carry_their_type_names_and_data()
    {
        var card = new AdaptiveCard
        {
            Actions =
            [
                new ExecuteAction { Title = "Kör", Verb = "visaMal", Data = new JsonObject { ["goalId"] = "g1" }, AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Positive },
                new SubmitAction { Title = "Skicka", Data = new JsonObject { ["x"] = 1 } },
                new OpenUrlAction("https://start.stockholm") { Title = "Öppna" },
                new ShowCardAction(new AdaptiveCard { Body = [new TextBlock("inre")] }) { Title = "Visa" },
                new ToggleVisibilityAction { Title = "Växla", TargetElements = [new TargetElement("a"), new TargetElement("b") { IsVisible = true }] },
            ],
        };
        var actions = Json(card)["actions"]!.AsArray();

        Assert.Equal(["Action.Execute", "Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility"],
            actions.Select(a => (string?)a!["type"]));
        Assert.Equal("visaMal", (string?)actions[0]!["verb"]);
        Assert.Equal("g1", (string?)actions[0]!["data"]!["goalId"]);
        Assert.Equal("none", (string?)actions[0]!["associatedInputs"]);
        Assert.Equal("positive", (string?)actions[0]!["style"]);
        Assert.Equal("https://start.stockholm", (string?)actions[2]!["url"]);
        Assert.Equal("AdaptiveCard", (string?)actions[3]!["card"]!["type"]);
        Assert.Equal("a", (string?)actions[4]!["targetElements"]![0]!["elementId"]);
        Assert.True((bool)actions[4]!["targetElements"]![1]!["isVisible"]!);
    }

    [Fact]
    public void Inputs_serialise_with_their_type_names_and_settings()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new InputText("analys") { Label = "Analys", IsMultiline = true, MaxLength = 4000, Placeholder = "Skriv…", IsRequired = true, ErrorMessage = "Skriv en analys.", Regex = "^.+$" },
                new InputNumber("utfall") { Label = "Utfall", Min = 0, Max = 100, Value = 2.7m },
                new InputChoiceSet("bedomning") { Label = "Bedömning", Style = ChoiceInputStyle.Expanded, Choices = [new InputChoice("Uppfylls helt", "UppfyllsHelt")] },
                new InputToggle("avvikelse", "Avvikelse") { ValueOn = "ja", ValueOff = "nej" },
                new InputDate("klar") { Label = "Klar", Value = new DateOnly(2026, 4, 30) },
            ],
        };
        var body = Json(card)["body"]!.AsArray();

        Assert.Equal(["Input.Text", "Input.Number", "Input.ChoiceSet", "Input.Toggle", "Input.Date"], body.Select(b => (string?)b!["type"]));
        Assert.True((bool)body[0]!["isMultiline"]!);
        Assert.Equal(4000, (int)body[0]!["maxLength"]!);
        Assert.Equal("analys", (string?)body[0]!["id"]);
        Assert.Equal(2.7m, (decimal)body[1]!["value"]!);
        Assert.Equal(100m, (decimal)body[1]!["max"]!);
        Assert.Equal("expanded", (string?)body[2]!["style"]);
        Assert.Equal("UppfyllsHelt", (string?)body[2]!["choices"]![0]!["value"]);
        Assert.Equal("Avvikelse", (string?)body[3]!["title"]);
        Assert.Equal("2026-04-30", (string?)body[4]!["value"]);
        Assert.Throws<ArgumentException>(() => new InputText(" "));
    }

    [Fact]
    public void Teams_extension_refresh_and_texts_use_the_protocol_names()
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            Refresh = new Refresh(new ExecuteAction { Verb = "visaMal" }) { UserIds = ["29:abc"] },
            FallbackText = "reserv",
            Speak = "tal",
        };
        var json = Json(card);
        Assert.Equal("Full", (string?)json["msteams"]!["width"]);
        Assert.Equal("Action.Execute", (string?)json["refresh"]!["action"]!["type"]);
        Assert.Equal("29:abc", (string?)json["refresh"]!["userIds"]![0]);
        Assert.Equal("reserv", (string?)json["fallbackText"]);
        Assert.Equal("tal", (string?)json["speak"]);
        Assert.Throws<ArgumentException>(() => new Refresh(new SubmitAction()));
    }

    [Fact]
    public void Swedish_characters_are_written_as_is()
    {
        var json = CardJson.Serialize(new AdaptiveCard { Body = [new TextBlock("Årsmål – Hägersten-Älvsjö")] });
        Assert.Contains("Årsmål – Hägersten-Älvsjö", json);
    }

    [Fact]
    public void A_card_reads_back_with_every_element_and_action_type()
    {
        var original = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("rubrik") { Size = TextSize.Large },
                new RichTextBlock { Inlines = [new TextRun("kursiv") { Italic = true }] },
                new Container { Style = ContainerStyle.Good, Items = [new FactSet { Facts = [new Fact("Årsmål", "2,7 %")] }] },
                new ColumnSet { Columns = [new Column { Width = ColumnWidth.Px(40), Items = [new Image("https://x/y.png") { AltText = "bild" }] }] },
                new ActionSet { Actions = [new ToggleVisibilityAction { Title = "Visa mer", TargetElements = [new TargetElement("t")] }] },
                new InputText("analys") { IsMultiline = true },
            ],
            Actions = [new ExecuteAction { Verb = "rapportera", Data = new JsonObject { ["period"] = "T2 2026" } }],
        };

        var json = CardJson.Serialize(original);
        var copy = CardJson.Deserialize(json);

        Assert.Equal(json, CardJson.Serialize(copy));
        Assert.IsType<RichTextBlock>(copy.Body[1]);
        Assert.Equal(ColumnWidth.Px(40), ((ColumnSet)copy.Body[3]).Columns[0].Width);
        Assert.Equal("T2 2026", (string?)((ExecuteAction)copy.Actions[0]).Data!["period"]);
    }

    [Fact]
    public void Hand_written_cards_read_with_type_anywhere_in_an_object()
    {
        const string json = """
            {"version": "1.5", "body": [{"text": "Hej", "wrap": true, "type": "TextBlock"}],
             "actions": [{"title": "Visa", "data": {"goalId": "g"}, "verb": "visaMal", "type": "Action.Execute"}], "type": "AdaptiveCard"}
            """;
        var card = CardJson.Deserialize(json);

        Assert.Equal("Hej", Assert.IsType<TextBlock>(Assert.Single(card.Body)).Text);
        Assert.Equal("visaMal", Assert.IsType<ExecuteAction>(Assert.Single(card.Actions)).Verb);
    }

    [Fact]
    public void Every_model_type_survives_a_round_trip()
    {
        var json = CardJson.Serialize(AllCardsValidationTests.ModelShowcase());
        Assert.Equal(json, CardJson.Serialize(CardJson.Deserialize(json)));
    }
}
