using Lucene.Net.Tartarus.Snowball.Ext;

namespace StatusBot.Application.ReadModel;

/// <summary>
/// Snowball's Swedish stemmer ("feriejobben" → "feriejobb", "tryggheten" → "trygg"). Stemmer instances keep
/// state, so each thread gets its own.
/// </summary>
internal static class SwedishStemming
{
    [ThreadStatic] private static SwedishStemmer? _stemmer;

    public static string Stem(string lowerWord)
    {
        if (lowerWord.Length < 3) return lowerWord;
        var stemmer = _stemmer ??= new SwedishStemmer();
        stemmer.SetCurrent(lowerWord);
        stemmer.Stem();
        return stemmer.Current;
    }
}
