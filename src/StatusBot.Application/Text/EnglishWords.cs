namespace StatusBot.Application.Text;

/// <summary>
/// The English words colleagues mix into questions, as the Swedish words the plans use ("sick leave" →
/// "sjukfrånvaro"). Only subjects the city's plans speak of; function words are stop words instead.
/// </summary>
public static class EnglishWords
{
    private static readonly (string English, string Swedish)[] Phrases =
    [
        ("sick leave", "sjukfrånvaro"), ("summer jobs", "feriejobb"), ("elderly care", "äldreomsorg"),
        ("preschools", "förskola"), ("preschool", "förskola"), ("climate", "klimat"), ("safety", "trygghet"),
        ("security", "trygghet"), ("economy", "ekonomi"), ("elderly", "äldre"), ("employees", "medarbetare"),
        ("staff", "medarbetare"), ("environment", "miljö"), ("parks", "parker"), ("housing", "boende"),
        ("democracy", "demokrati"), ("culture", "kultur"), ("sports", "idrott"), ("violence", "våld"),
        ("crime", "kriminalitet"), ("evictions", "vräkningar"), ("biodiversity", "biologisk mångfald"),
    ];

    /// <summary>The lower-case text with every known English subject replaced by its Swedish word.</summary>
    public static string ToSwedish(string lower)
    {
        foreach (var (english, swedish) in Phrases)
        {
            var at = lower.IndexOf(english, StringComparison.Ordinal);
            if (at < 0) continue;
            var before = at == 0 || !char.IsLetter(lower[at - 1]);
            var after = at + english.Length == lower.Length || !char.IsLetter(lower[at + english.Length]);
            if (before && after) lower = string.Concat(lower.AsSpan(0, at), swedish, lower.AsSpan(at + english.Length));
        }
        return lower;
    }
}
