namespace StatusBot.Import.Text;

/// <summary>
/// Collects the lines of a free-text part (Beskrivning, Analys, a section of an enhetsmål) and renders it as
/// paragraphs: wrapped lines are joined, a blank line starts a new paragraph.
/// </summary>
internal sealed class ProseBuilder(Vocabulary vocabulary)
{
    private readonly List<List<SourceLine>> _paragraphs = [];
    private bool _breakPending = true;

    public bool IsEmpty => _paragraphs.Count == 0;

    public void Add(SourceLine line)
    {
        if (line.IsBlank)
        {
            Break();
            return;
        }
        if (_breakPending || _paragraphs.Count == 0)
        {
            _paragraphs.Add([]);
            _breakPending = false;
        }
        _paragraphs[^1].Add(line);
    }

    private void Break() => _breakPending = true;

    /// <summary>Paragraphs separated by a blank line; null when nothing was collected.</summary>
    public string? Build()
    {
        var texts = _paragraphs.Select(p => LineJoiner.JoinText(p, vocabulary)).Where(t => t.Length > 0).ToList();
        return texts.Count == 0 ? null : string.Join("\n\n", texts);
    }
}
