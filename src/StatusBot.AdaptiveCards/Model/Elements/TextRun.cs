using System.Text.Json.Serialization;
using StatusBot.AdaptiveCards.Model.Actions;

namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>A run of text inside a RichTextBlock. Hosts never interpret markdown in a run.</summary>
public sealed class TextRun(string text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public string Text { get; set; } = text;

    public TextSize? Size { get; set; }

    public TextWeight? Weight { get; set; }

    public TextColor? Color { get; set; }

    public bool? IsSubtle { get; set; }

    public bool Italic { get; set; }

    public bool Strikethrough { get; set; }

    public bool Highlight { get; set; }

    /// <summary>Turns the run into a link-like text; Action.ShowCard is not allowed here.</summary>
    public CardAction? SelectAction { get; set; }
}
