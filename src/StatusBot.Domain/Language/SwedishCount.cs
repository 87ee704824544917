using System.Globalization;

namespace StatusBot.Domain.Language;

/// <summary>
/// The one place where a number meets a Swedish word: "1 inskickat utfall" but "2 inskickade utfall", "1 ansvarig"
/// but "5 ansvariga", "21 mål". Swedish takes the singular for exactly one (21 is plural, unlike Danish or Russian
/// rules) and the plural for everything else, zero included. Numbers above 999 get a space as thousands separator.
/// </summary>
public static class SwedishCount
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>"1 oklar", "2 oklara": the number followed by the word agreeing with it.</summary>
    public static string Of(int count, string singular, string plural) => $"{Number(count)} {Word(count, singular, plural)}";

    /// <summary>The word alone agreeing with <paramref name="count"/> ("fältet som är markerat" / "fälten som är markerade").</summary>
    public static string Word(int count, string singular, string plural) => count == 1 ? singular : plural;

    /// <summary>The number as Swedish writes it: 1 000, not 1,000.</summary>
    public static string Number(int count) => count.ToString("#,0", Swedish).Replace('\u00A0', ' ');
}
