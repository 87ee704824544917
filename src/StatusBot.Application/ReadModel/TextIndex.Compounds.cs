using StatusBot.Application.Text;

namespace StatusBot.Application.ReadModel;

internal sealed partial class TextIndex
{
    private const int MinSplitPart = 3;
    private const int MinSplitWord = 7;

    /// <summary>The linking morphemes Swedish puts between a compound's parts: "förskol-e-grupp", "omsorg-s-tagare".</summary>
    private static readonly char[] LinkingLetters = ['s', 'e', 'a', 'u', 'o'];

    /// <summary>
    /// Splits a query word the documents do not contain into two words they do, with the documents' own vocabulary
    /// as the dictionary: "barngrupperna" → "barn" + "grupperna", "förskolegrupper" → "förskole" + "grupper",
    /// "äldreomsorgen" → "äldre" + "omsorgen". The longest known head wins. Null when the word is itself known
    /// (then compounds in the documents are found by the prefix and suffix ranges in <see cref="Match"/>) or no
    /// split fits.
    /// </summary>
    public string[]? Decompound(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < MinSplitWord) return null;
        var folded = SwedishText.Fold(lower);
        var stem = SwedishText.Fold(SwedishStemming.Stem(lower));
        if (_termIds.ContainsKey(stem) || IsSurface(folded)) return null;
        // A known word with an ending the stemmer left ("uppväxtvillkoren") is an inflection, not a compound.
        for (var cut = 1; cut <= 3 && stem.Length - cut >= MinSplitWord; cut++)
            if (_termIds.ContainsKey(stem[..^cut]) || IsSurface(stem[..^cut])) return null;
        for (var at = folded.Length - MinSplitPart; at >= MinSplitPart; at--)
        {
            var head = folded[..at];
            var tail = folded[at..];
            if (!IsKnownTail(tail)) continue;
            if (IsKnownHead(head)) return [lower[..at], lower[at..]];
            if (head.Length > MinSplitPart && Array.IndexOf(LinkingLetters, head[^1]) >= 0 && IsKnownHead(head[..^1]))
                return [lower[..(at - 1)], lower[at..]];
        }
        return null;
    }

    private bool IsKnownHead(string folded) => IsSurface(folded) || _termIds.ContainsKey(folded);

    private bool IsKnownTail(string folded) =>
        IsSurface(folded) || _termIds.ContainsKey(SwedishText.Fold(SwedishStemming.Stem(folded)));

    private bool IsSurface(string folded) =>
        _surfacesByLength.TryGetValue(folded.Length, out var bucket) && Array.Exists(bucket, s => s.Surface == folded);
}
