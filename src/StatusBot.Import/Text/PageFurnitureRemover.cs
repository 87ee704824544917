namespace StatusBot.Import.Text;

/// <summary>
/// Removes running headers and footers together with the blank lines of the page break around them. Where the
/// break cut a sentence (enskede L146–153) the two halves are joined; otherwise one blank line stays, so that a
/// title or paragraph before the break still ends there.
/// </summary>
internal static class PageFurnitureRemover
{
    public static List<SourceLine> Remove(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            if (!PageFurniture.IsFurniture(lines[i].Raw))
            {
                result.Add(lines[i]);
                i++;
                continue;
            }

            // Widen the run to every furniture and blank line of this page break.
            var end = i;
            while (end + 1 < lines.Count && (lines[end + 1].IsBlank || PageFurniture.IsFurniture(lines[end + 1].Raw))) end++;
            var firstRemoved = lines[i].Number;
            while (result.Count > 0 && result[^1].IsBlank)
            {
                firstRemoved = result[^1].Number;
                result.RemoveAt(result.Count - 1);
            }

            var before = result.Count > 0 ? result[^1].Text : "";
            var after = end + 1 < lines.Count ? lines[end + 1].Text : "";
            if (!Continuation.IsSentenceContinuation(before, after))
                result.Add(new SourceLine(firstRemoved, ""));
            i = end + 1;
        }
        return result;
    }
}
