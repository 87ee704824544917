using StatusBot.Cards.Model;
using StatusBot.Cards.Model.Serialization;

namespace StatusBot.Cards.Builders;

/// <summary>
/// Teams rejects messages over about 40 KB. Builders aim below <see cref="MaxCardBytes"/>, which leaves room
/// for the activity around the card.
/// </summary>
public static class CardBudget
{
    public const int MaxCardBytes = 36_000;

    public static bool Fits(AdaptiveCard card) => CardJson.SizeInBytes(card) <= MaxCardBytes;

    /// <summary>The first card, from fullest to leanest, that fits; the leanest when none does.</summary>
    public static AdaptiveCard FirstThatFits<TLimits>(IEnumerable<TLimits> limits, Func<TLimits, AdaptiveCard> build)
    {
        AdaptiveCard? card = null;
        foreach (var l in limits)
        {
            card = build(l);
            if (Fits(card)) return card;
        }
        return card ?? throw new ArgumentException("No limits given.", nameof(limits));
    }
}
