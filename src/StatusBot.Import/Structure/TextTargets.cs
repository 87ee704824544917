using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>Where text lines of a goal section go: free prose or the raw lines of an expected-results list.</summary>
internal interface ITextTarget
{
    void Add(SourceLine line);
}

internal sealed class LineCollector : ITextTarget
{
    public List<SourceLine> Lines { get; } = [];

    public void Add(SourceLine line) => Lines.Add(line);
}

internal sealed class ProseTarget(ProseBuilder builder) : ITextTarget
{
    public ProseBuilder Builder { get; } = builder;

    public void Add(SourceLine line) => Builder.Add(line);
}
