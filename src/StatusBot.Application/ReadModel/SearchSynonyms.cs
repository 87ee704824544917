using StatusBot.Application.Text;

namespace StatusBot.Application.ReadModel;

/// <summary>
/// Everyday words for what the documents call something else ("sommarjobb" for "feriejobb"). Kept short on
/// purpose: only pairs where one word practically never means anything else. Stored as folded stems so that
/// inflected forms of either word meet.
/// </summary>
internal static class SearchSynonyms
{
    private static readonly string[][] Groups =
    [
        ["feriejobb", "sommarjobb", "feriearbete", "sommarjobben"],
        ["sjukfrånvaro", "sjukskrivning", "sjukskrivningar"],
        ["bistånd", "försörjningsstöd", "socialbidrag"],
        ["förskola", "dagis"],
        ["fritidsgård", "ungdomsgård"],
        ["vräkning", "vräkningar", "avhysning"],
        ["medarbetarenkät", "medarbetarundersökning"],
    ];

    private static readonly Dictionary<string, string[]> ByStem = Build();

    /// <summary>
    /// Compounds the plans usually write apart: the city's word for a service ("äldreomsorgen") where goal titles
    /// say "omsorg" about "äldre". Searched as the separate words.
    /// </summary>
    private static readonly Dictionary<string, string[]> Phrases = new(StringComparer.Ordinal)
    {
        [Key("äldreomsorg")] = ["äldre", "omsorg"],
        [Key("funktionshinderomsorg")] = ["funktionsnedsättning", "omsorg"],
        [Key("barnomsorg")] = ["förskola"],
    };

    /// <summary>The words to search instead of this one, or null.</summary>
    public static string[]? Expand(string word) => Phrases.GetValueOrDefault(Key(word.ToLowerInvariant()));

    private static string Key(string lower) => SwedishText.Fold(SwedishStemming.Stem(lower));

    /// <summary>Other stems meaning the same as this (folded) stem, or none.</summary>
    public static IReadOnlyList<string> For(string foldedStem) => ByStem.TryGetValue(foldedStem, out var others) ? others : [];

    private static Dictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var stems = group.Select(w => SwedishText.Fold(SwedishStemming.Stem(w))).Distinct().ToArray();
            foreach (var stem in stems) map[stem] = stems.Where(s => s != stem).ToArray();
        }
        return map;
    }
}
