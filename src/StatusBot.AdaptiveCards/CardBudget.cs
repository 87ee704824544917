using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Serialization;

namespace StatusBot.AdaptiveCards;

/// <summary>
/// Teams rejects messages over about 40 KB. Builders aim below <see cref="MaxCardBytes"/>, which leaves room
/// for the activity around the card.
/// </summary>
public static class CardBudget
{
    public const int MaxCardBytes = 36_000;

    public static bool Fits(AdaptiveCard card) => CardJson.SizeInBytes(card) <= MaxCardBytes;

    /// <summary>The first card, from fullest to leanest, that fits; the leanest when none does.</summary>
    public static AdaptiveCard FirstThatFits<TLimits>(IEnumerable<TLimits> limits, Func<TLimits, AdaptiveCard> build) =>
        FirstThatFitsSerialised(limits, build).Card;

    /// <summary>
    /// As <see cref="FirstThatFits"/>, with the JSON that was measured: a caller that sends the card as it is reuses
    /// it instead of serialising the card a second time.
    /// </summary>
    public static (AdaptiveCard Card, byte[] Json) FirstThatFitsSerialised<TLimits>(IEnumerable<TLimits> limits, Func<TLimits, AdaptiveCard> build)
    {
        (AdaptiveCard Card, byte[] Json)? leanest = null;
        foreach (var l in limits)
        {
            var card = build(l);
            var json = CardJson.ToUtf8(card);
            if (json.Length <= MaxCardBytes) return (card, json);
            leanest = (card, json);
        }
        return leanest ?? throw new ArgumentException("No limits given.", nameof(limits));
    }
}
