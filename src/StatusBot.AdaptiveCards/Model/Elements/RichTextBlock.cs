namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>Text made of differently styled runs on one paragraph.</summary>
public sealed class RichTextBlock : CardElement
{
    public List<TextRun> Inlines { get; init; } = [];

    public HorizontalAlignment? HorizontalAlignment { get; set; }
}
