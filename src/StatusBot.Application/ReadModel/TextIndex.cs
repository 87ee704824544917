using StatusBot.Application.Text;

namespace StatusBot.Application.ReadModel;

/// <summary>
/// The free-text half of <see cref="GoalIndex"/>: an inverted index from folded Swedish stems to entries (goals),
/// built once. A query word is matched, in order of trust, exactly on its stem; through a listed synonym; as part
/// of a compound (a term that starts or ends with it, or a term it starts with); and, only when nothing matched
/// exactly, by Damerau-Levenshtein against the vocabulary of folded surface words. Nothing scans the goals per
/// query: the cost is the postings of the matched terms plus, for typos, a length bucket of the vocabulary.
/// </summary>
internal sealed partial class TextIndex
{
    private const int MinCompoundPart = 5;
    private const int MaxRangeTerms = 64;

    private static readonly string[] DefiniteEndings = ["et", "en", "t", "n"];

    private const float ExactQuality = 1f;
    private const float InflectionQuality = 0.8f; // a known term is the start of the query word: "sjukfrånvaron"
    private const float CompoundQuality = 0.6f;   // the query word is part of a longer term: "trygghet" in "trygghetsmätning"
    private const float OneTypoQuality = 0.7f;
    private const float TwoTypoQuality = 0.5f;
    private const float SynonymQuality = 0.8f;

    private readonly Dictionary<string, int> _termIds;
    private readonly string[] _terms;
    private readonly Posting[][] _postings;
    private readonly float[] _idf;
    private readonly int[] _titleTerms;
    private readonly string[] _termsSorted;
    private readonly int[] _termsSortedIds;
    private readonly string[] _reversedSorted;
    private readonly int[] _reversedSortedIds;
    private readonly Dictionary<int, (string Surface, int TermId)[]> _surfacesByLength;

    internal readonly record struct Posting(int Entry, float Weight, MatchField Field, string? Source);

    public int EntryCount { get; }

    public int TermCount => _terms.Length;

    private TextIndex(Builder b)
    {
        EntryCount = b.EntryCount;
        _termIds = b.TermIds;
        _terms = b.Terms.ToArray();
        _postings = b.Postings.Select(p => p.ToArray()).ToArray();
        _titleTerms = b.TitleTerms.Select(t => t.Count).ToArray();
        _idf = _postings.Select(p => (float)Math.Log(1 + (double)Math.Max(1, EntryCount) / p.Length)).ToArray();

        _termsSortedIds = Enumerable.Range(0, _terms.Length).OrderBy(i => _terms[i], StringComparer.Ordinal).ToArray();
        _termsSorted = _termsSortedIds.Select(i => _terms[i]).ToArray();
        _reversedSortedIds = Enumerable.Range(0, _terms.Length).OrderBy(i => Reverse(_terms[i]), StringComparer.Ordinal).ToArray();
        _reversedSorted = _reversedSortedIds.Select(i => Reverse(_terms[i])).ToArray();
        _surfacesByLength = b.Surfaces
            .GroupBy(kv => kv.Key.Length)
            .ToDictionary(g => g.Key, g => g.Select(kv => (kv.Key, kv.Value)).ToArray());
    }

    /// <summary>Words of a query that can match: stop words and bare numbers removed, duplicates dropped.</summary>
    public static List<string> QueryWords(string text) =>
        SwedishText.Words(text)
            .Where(w => w.Length > 1 && !SwedishText.IsAllDigits(w) && !StopWords.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Scores entries: per query word the best (field weight × match quality × idf) over its matches, summed,
    /// then scaled by the square of the share of query words that matched, so a goal matching every word wins,
    /// and raised by up to double for a goal whose title the query covers.
    /// </summary>
    public List<(int Entry, float Score, Posting Best)> Search(IReadOnlyList<string> words, Func<int, bool> includeEntry)
    {
        // Dense arrays indexed by entry beat dictionaries here (a common word touches thousands of entries), and they
        // are the thread's own, reused: allocating them per query was ~300 KB on a city's index.
        var s = Scratch.For(EntryCount);
        try
        {
            foreach (var word in words)
            {
                s.TouchedByWord.Clear();
                foreach (var (termId, quality) in Match(word))
                {
                    var idf = _idf[termId];
                    foreach (var posting in _postings[termId])
                    {
                        var e = posting.Entry;
                        var contribution = posting.Weight * quality * idf;
                        if (contribution <= s.WordScore[e] || !includeEntry(e)) continue;
                        if (s.WordScore[e] == 0) s.TouchedByWord.Add(e);
                        s.WordScore[e] = contribution;
                        s.WordPosting[e] = posting;
                    }
                }
                foreach (var e in s.TouchedByWord)
                {
                    if (s.MatchedWords[e] == 0) s.Touched.Add(e);
                    s.Total[e] += s.WordScore[e];
                    if (s.WordScore[e] > s.BestContribution[e])
                    {
                        s.BestContribution[e] = s.WordScore[e];
                        s.Best[e] = s.WordPosting[e];
                    }
                    s.MatchedWords[e]++;
                    if (s.WordPosting[e].Field == MatchField.Title) s.TitleWords[e]++;
                    s.WordScore[e] = 0;
                }
            }
            var results = new List<(int, float, Posting)>(s.Touched.Count);
            foreach (var e in s.Touched)
            {
                var coverage = (float)s.MatchedWords[e] / words.Count;
                // Someone who typed (most of) a title means that goal, not its near-namesake one level up.
                var titleCoverage = _titleTerms[e] == 0 ? 0f : Math.Min(1f, (float)s.TitleWords[e] / _titleTerms[e]);
                results.Add((e, s.Total[e] * coverage * coverage * (1 + titleCoverage * titleCoverage), s.Best[e]));
            }
            return results;
        }
        finally
        {
            s.Reset();
        }
    }

    /// <summary>One thread's working arrays for <see cref="Search"/>, left all zero between queries.</summary>
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? t_current;

        public float[] Total = [], BestContribution = [], WordScore = [];
        public byte[] MatchedWords = [], TitleWords = [];
        public Posting[] Best = [], WordPosting = [];
        public readonly List<int> Touched = [], TouchedByWord = [];

        public static Scratch For(int entries)
        {
            var s = t_current ??= new Scratch();
            if (s.Total.Length < entries)
            {
                s.Total = new float[entries]; s.BestContribution = new float[entries]; s.WordScore = new float[entries];
                s.MatchedWords = new byte[entries]; s.TitleWords = new byte[entries];
                s.Best = new Posting[entries]; s.WordPosting = new Posting[entries];
            }
            return s;
        }

        /// <summary>Zeroes what the query touched (also after an exception), so the next query starts clean.</summary>
        public void Reset()
        {
            foreach (var e in Touched) Clear(e);
            foreach (var e in TouchedByWord) Clear(e);
            Touched.Clear();
            TouchedByWord.Clear();
        }

        private void Clear(int e)
        {
            Total[e] = 0; BestContribution[e] = 0; WordScore[e] = 0; MatchedWords[e] = 0; TitleWords[e] = 0;
            Best[e] = default; WordPosting[e] = default;
        }
    }

    internal List<(int TermId, float Quality)> Match(string word)
    {
        var lower = word.ToLowerInvariant();
        var surface = SwedishText.Fold(lower);
        var stem = SwedishText.Fold(SwedishStemming.Stem(lower));
        var found = new Dictionary<int, float>();
        void Add(int id, float q)
        {
            if (!found.TryGetValue(id, out var old) || q > old) found[id] = q;
        }

        if (_termIds.TryGetValue(stem, out var exact)) Add(exact, ExactQuality);
        if (stem != surface && _termIds.TryGetValue(surface, out var exactSurface)) Add(exactSurface, ExactQuality);
        foreach (var synonym in SearchSynonyms.For(stem))
            if (_termIds.TryGetValue(synonym, out var same)) Add(same, SynonymQuality);

        if (stem.Length >= MinCompoundPart)
        {
            // A known term the query word starts with: an inflection the stemmer missed, or a compound's head.
            for (var len = stem.Length - 1; len >= MinCompoundPart; len--)
            {
                if (!_termIds.TryGetValue(stem[..len], out var head)) continue;
                Add(head, InflectionQuality);
                // An inflection the stemmer kept ("klimatet"): the compounds of its head count too ("klimatpositivt").
                foreach (var id in Range(_termsSorted, _termsSortedIds, stem[..len])) Add(id, CompoundQuality * InflectionQuality);
                break;
            }
            foreach (var id in Range(_termsSorted, _termsSortedIds, stem)) Add(id, CompoundQuality);
            // The definite form the stemmer keeps ("klimatet"): compounds of the bare word ("klimatpositivt") count too.
            foreach (var ending in DefiniteEndings)
                if (stem.EndsWith(ending, StringComparison.Ordinal) && stem.Length - ending.Length >= MinCompoundPart)
                    foreach (var id in Range(_termsSorted, _termsSortedIds, stem[..^ending.Length])) Add(id, CompoundQuality * InflectionQuality);
            foreach (var id in Range(_reversedSorted, _reversedSortedIds, Reverse(stem))) Add(id, CompoundQuality);
        }

        // The stemmer may cut the word below a compound's head ("klimat" → "klim"): the typed word heads compounds too.
        if (surface != stem && surface.Length >= MinCompoundPart && !surface.StartsWith(stem + "e", StringComparison.Ordinal))
            foreach (var id in Range(_termsSorted, _termsSortedIds, surface)) Add(id, CompoundQuality);

        if (!found.ContainsValue(ExactQuality) && !found.ContainsValue(SynonymQuality)) AddTypos(surface, Add);
        return found.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    private void AddTypos(string surface, Action<int, float> add)
    {
        var max = EditDistance.AllowedFor(surface.Length);
        if (max == 0) return;
        for (var len = surface.Length - max; len <= surface.Length + max; len++)
        {
            if (!_surfacesByLength.TryGetValue(len, out var bucket)) continue;
            foreach (var (candidate, termId) in bucket)
            {
                // A word with at most two typos keeps one of its first two letters in one of the first two places;
                // checking that first skips the distance computation for almost the whole vocabulary.
                if (!SharesStart(surface, candidate)) continue;
                // Shorter vocabulary words get the tolerance of their own length, so "ful" never matches "fula".
                var allowed = Math.Min(max, EditDistance.AllowedFor(candidate.Length));
                if (allowed == 0) continue;
                var d = EditDistance.Bounded(surface, candidate, allowed);
                if (d > allowed) continue; // Bounded says "too far" as allowed + 1
                add(termId, d <= 1 ? OneTypoQuality : TwoTypoQuality);
            }
        }
    }

    private static bool SharesStart(string a, string b) =>
        a.Length < 2 || b.Length < 2 || a[0] == b[0] || a[1] == b[1] || a[0] == b[1] || a[1] == b[0];

    /// <summary>Term ids whose (possibly reversed) text starts with prefix and is longer than it.</summary>
    private static IEnumerable<int> Range(string[] sorted, int[] ids, string prefix)
    {
        var i = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        if (i < 0) i = ~i;
        for (var taken = 0; i < sorted.Length && taken < MaxRangeTerms && sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (sorted[i].Length == prefix.Length) continue;
            taken++;
            yield return ids[i];
        }
    }

    private static string Reverse(string s)
    {
        var chars = s.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
