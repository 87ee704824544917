using StatusBot.AdaptiveCards.Model.Actions;

namespace StatusBot.AdaptiveCards.Model.Elements;

public sealed class Image(string url) : CardElement
{
    /// <summary>An https URL or a data: URI.</summary>
    public string Url { get; set; } = url;

    /// <summary>Read by screen readers; always set it.</summary>
    public string? AltText { get; set; }

    public ImageSize? Size { get; set; }

    public ImageStyle? Style { get; set; }

    /// <summary>Pixel width such as "32px"; overrides <see cref="Size"/>.</summary>
    public string? Width { get; set; }

    public string? Height { get; set; }

    public HorizontalAlignment? HorizontalAlignment { get; set; }

    public CardAction? SelectAction { get; set; }
}
