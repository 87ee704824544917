using StatusBot.AdaptiveCards.Model;

namespace StatusBot.Teams.Cards;

internal static class ElementExtensions
{
    /// <summary>Adjusts an element inline, where an object initializer cannot be used (factory results).</summary>
    public static T With<T>(this T element, Action<T> adjust) where T : CardElement
    {
        adjust(element);
        return element;
    }
}
