namespace StatusBot.Import.Text;

/// <summary>
/// The words of one document, lower-cased, used as evidence when a line ends in a hyphen: the document's own
/// spelling elsewhere tells a soft hyphenation ("verksamhetsutveck-"/"lingen") from a real hyphen
/// ("egen regi-"/"verksamheter").
/// </summary>
internal sealed class Vocabulary
{
    private static readonly char[] Trim = ['.', ',', ';', ':', '!', '?', '(', ')', '"', '\u201D', '\u201C', '\'', '•', '\uF0B7'];
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly string[] _sorted;

    public static readonly Vocabulary Empty = new([]);

    public Vocabulary(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            foreach (var piece in line.Raw.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = piece.Trim(Trim).ToLowerInvariant();
                // A word cut at the line end is not evidence of anything.
                if (w.Length > 1 && !w.EndsWith('-')) _words.Add(w);
            }
        }
        _sorted = [.. _words.Order(StringComparer.Ordinal)];
    }

    public bool Contains(string word) => _words.Contains(word.ToLowerInvariant());

    /// <summary>True when some word of the document starts with <paramref name="prefix"/> (inflected forms count).</summary>
    public bool HasWordStartingWith(string prefix)
    {
        var p = prefix.ToLowerInvariant();
        var i = Array.BinarySearch(_sorted, p, StringComparer.Ordinal);
        if (i >= 0) return true;
        i = ~i;
        return i < _sorted.Length && _sorted[i].StartsWith(p, StringComparison.Ordinal);
    }
}
