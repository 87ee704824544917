namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>
/// A block of text. Hosts interpret a markdown subset in <see cref="Text"/>: pass document or user text through
/// <c>StatusBot.Application.Text.TeamsMarkdown.Escape</c> first.
/// </summary>
public sealed class TextBlock(string text) : CardElement
{
    public string Text { get; set; } = text;

    /// <summary>Without wrap the host clips to one line; most of our texts are sentences, so builders set it.</summary>
    public bool Wrap { get; set; }

    public TextSize? Size { get; set; }

    public TextWeight? Weight { get; set; }

    public TextColor? Color { get; set; }

    public bool? IsSubtle { get; set; }

    public int? MaxLines { get; set; }

    public HorizontalAlignment? HorizontalAlignment { get; set; }

    public FontType? FontType { get; set; }
}
