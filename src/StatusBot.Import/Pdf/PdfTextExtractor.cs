using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace StatusBot.Import.Pdf;

/// <summary>
/// Turns a PDF into text in the shape of the ILS text export, so that one parser reads both: words grouped into
/// lines by baseline, top to bottom, left to right; every line ends with a space (a word ends there) unless it ends
/// in a hyphen, which is left for the hyphenation rule; pages follow each other like in the export.
/// Column gaps inside a line cannot be told from ordinary word spacing reliably, so they become single spaces.
/// </summary>
internal static class PdfTextExtractor
{
    /// <summary>The PDF header may be preceded by a few bytes of junk; the format allows it within the first 1024 bytes.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    public static string ExtractText(byte[] content, string sourceName)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            var sb = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                foreach (var line in Lines(page)) sb.Append(line).Append('\n');
                sb.Append('\n');
            }
            return sb.ToString();
        }
        catch (Exception e) when (e is not ImportException and not OutOfMemoryException)
        {
            throw new ImportException(sourceName, 1, $"PDF-filen kunde inte läsas: {e.Message}", e);
        }
    }

    private static IEnumerable<string> Lines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var tolerance = Math.Max(1.0, word.BoundingBox.Height * 0.5);
            var line = lines.LastOrDefault(l => Math.Abs(l[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance);
            if (line is null) lines.Add([word]);
            else line.Add(word);
        }
        foreach (var line in lines)
        {
            var text = string.Join(' ', line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
            yield return text.EndsWith('-') ? text : text + " ";
        }
    }
}
