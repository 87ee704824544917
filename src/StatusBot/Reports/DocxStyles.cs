using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StatusBot.Reports;

/// <summary>
/// The Word styles of the report: real Heading 1–5 (so Word's navigation pane and table of contents work), a Title,
/// a bullet list and a bordered table style with a header row. Swedish is the default language, so Word checks the
/// spelling and hyphenates in Swedish.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string ListBullet = "ListBullet";
    public const string ListNote = "ListNote";
    public const string IndicatorTable = "Indikatortabell";
    public const string Language = "sv-SE";
    public const int BulletNumberingId = 1;

    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, MaxHeading)}";

    public const int MaxHeading = 5;

    private const string Font = "Calibri";
    private const string HeadingColor = "1F3864";

    public static void AddTo(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(Defaults(), Normal(), TitleStyle());
        for (var level = 1; level <= MaxHeading; level++) styles.Styles.Append(HeadingStyle(level));
        styles.Styles.Append(ListBulletStyle(), ListNoteStyle(), TableNormal(), IndicatorTableStyle());

        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = Bullets();
    }

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
            new FontSize { Val = "22" },
            new FontSizeComplexScript { Val = "22" },
            new Languages { Val = Language, EastAsia = Language, Bidi = "ar-SA" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));

    private static Style Normal() => new(new StyleName { Val = "Normal" }, new PrimaryStyle())
    {
        Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
    };

    private static Style TitleStyle() => new(
        new StyleName { Val = "Title" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new UIPriority { Val = 10 },
        new PrimaryStyle(),
        new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
        new StyleRunProperties(new Bold(), new Color { Val = HeadingColor }, new FontSize { Val = "40" }, new FontSizeComplexScript { Val = "40" }))
    {
        Type = StyleValues.Paragraph, StyleId = Title,
    };

    private static Style HeadingStyle(int level)
    {
        var size = level switch { 1 => "32", 2 => "28", 3 => "26", _ => "24" };
        return new Style(
            new StyleName { Val = $"heading {level}" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 9 },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "80" },
                new OutlineLevel { Val = level - 1 }),
            HeadingRun(level, size))
        {
            Type = StyleValues.Paragraph, StyleId = Heading(level),
        };
    }

    /// <summary>Levels 4 and 5 (nämndmål under a plan heading, enhetsmål) in italics, as Word's own heading styles do.</summary>
    private static StyleRunProperties HeadingRun(int level, string size)
    {
        var run = new StyleRunProperties(new Bold());
        if (level >= 4) run.Append(new Italic());
        run.Append(new Color { Val = HeadingColor }, new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return run;
    }

    private static Style ListBulletStyle() => new(
        new StyleName { Val = "List Bullet" },
        new BasedOn { Val = "Normal" },
        new UIPriority { Val = 36 },
        new StyleParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId }),
            new SpacingBetweenLines { After = "60" },
            new Indentation { Left = "360", Hanging = "360" }))
    {
        Type = StyleValues.Paragraph, StyleId = ListBullet,
    };

    /// <summary>A paragraph under a bullet (an activity's analysis), indented to the bullet's text.</summary>
    private static Style ListNoteStyle() => new(
        new StyleName { Val = "List Continue" },
        new BasedOn { Val = "Normal" },
        new UIPriority { Val = 37 },
        new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }, new Indentation { Left = "360" }))
    {
        Type = StyleValues.Paragraph, StyleId = ListNote,
    };

    private static Style TableNormal() => new(
        new StyleName { Val = "Normal Table" },
        new UIPriority { Val = 99 },
        new SemiHidden(),
        new UnhideWhenUsed(),
        new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table, StyleId = "TableNormal", Default = true,
    };

    private static Style IndicatorTableStyle()
    {
        static T Line<T>() where T : BorderType, new() =>
            new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" };
        return new Style(
            new StyleName { Val = "Indikatortabell" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }),
            new StyleTableProperties(
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                    Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>())),
            new TableStyleProperties(
                new StyleRunProperties(new Bold()),
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" }))
            {
                Type = TableStyleOverrideValues.FirstRow,
            })
        {
            Type = StyleValues.Table, StyleId = IndicatorTable, CustomStyle = true,
        };
    }

    private static Numbering Bullets() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
            {
                LevelIndex = 0,
            })
        {
            AbstractNumberId = 1,
        },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });
}
