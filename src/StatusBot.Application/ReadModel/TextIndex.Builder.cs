using StatusBot.Application.Text;

namespace StatusBot.Application.ReadModel;

internal sealed partial class TextIndex
{
    /// <summary>Collects postings entry by entry; each entry's texts must be added before the next entry starts.</summary>
    internal sealed class Builder
    {
        internal readonly Dictionary<string, int> TermIds = new(StringComparer.Ordinal);
        internal readonly List<string> Terms = [];
        internal readonly List<List<Posting>> Postings = [];
        internal readonly Dictionary<string, int> Surfaces = new(StringComparer.Ordinal);
        internal readonly List<HashSet<int>> TitleTerms = [];
        private readonly Dictionary<string, int> _wordTerms = new(StringComparer.Ordinal);

        public int EntryCount { get; private set; }

        public int NewEntry()
        {
            TitleTerms.Add([]);
            return EntryCount++;
        }

        public void Add(int entry, string? text, MatchField field, string? source = null)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var weight = field.Weight();
            var lower = text.ToLowerInvariant();
            // Most words repeat across goals: look them up as spans and only stem and fold a word the first time.
            var cache = _wordTerms.GetAlternateLookup<ReadOnlySpan<char>>();
            var start = -1;
            for (var i = 0; i <= lower.Length; i++)
            {
                var isWordChar = i < lower.Length && char.IsLetterOrDigit(lower[i]);
                if (isWordChar)
                {
                    if (start < 0) start = i;
                    continue;
                }
                if (start < 0) continue;
                var span = lower.AsSpan(start, i - start);
                start = -1;
                if (!cache.TryGetValue(span, out var id))
                {
                    var word = span.ToString();
                    id = TermFor(word);
                    _wordTerms[word] = id;
                }
                if (id < 0) continue;
                if (field == MatchField.Title) TitleTerms[entry].Add(id);
                var list = Postings[id];
                // Entries arrive in order, so a repeat of this entry can only be the last posting.
                if (list.Count > 0 && list[^1].Entry == entry)
                {
                    if (weight > list[^1].Weight) list[^1] = new Posting(entry, weight, field, source);
                }
                else list.Add(new Posting(entry, weight, field, source));
            }
        }

        /// <summary>The term a (lower-case) word is indexed under, or -1 for words that are never searched.</summary>
        private int TermFor(string word)
        {
            if (word.Length < 2 || SwedishText.IsAllDigits(word) || StopWords.Contains(word)) return -1;
            var stem = SwedishText.Fold(SwedishStemming.Stem(word));
            if (!TermIds.TryGetValue(stem, out var id))
            {
                id = Terms.Count;
                TermIds[stem] = id;
                Terms.Add(stem);
                Postings.Add([]);
            }
            Surfaces.TryAdd(SwedishText.Fold(word), id);
            return id;
        }

        public TextIndex Build() => new(this);
    }
}
