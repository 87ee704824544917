using StatusBot.BotFramework.Schema;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Serialization;

namespace StatusBot.Teams.Cards;

/// <summary>A card serialised for the wire (compact UTF-8 JSON) with the fallback text notifications show.</summary>
public sealed record RenderedCard(ReadOnlyMemory<byte> Json, string? FallbackText)
{
    /// <summary>The JSON as attachment content, checked once here however often a cached card is sent.</summary>
    public InlineContent Content { get; } = InlineContent.FromUtf8(Json);

    public static RenderedCard Of(AdaptiveCard card) => new(CardJson.ToUtf8(card), card.FallbackText);
}
