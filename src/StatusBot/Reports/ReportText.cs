using System.Text;
using System.Text.RegularExpressions;

namespace StatusBot.Reports;

/// <summary>Text hygiene shared by the writers.</summary>
internal static partial class ReportText
{
    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    /// <summary>
    /// Drops control characters that PDF extraction leaves behind (form feeds, NUL) and halves of surrogate pairs
    /// that lost their partner: XML cannot carry them and a Word file with one does not open. Everything else of
    /// Unicode stays, emoji and rare CJK included (read by scalar value, not by UTF-16 unit). Line ends become \n.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var normalised = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var sb = new StringBuilder(normalised.Length);
        for (var i = 0; i < normalised.Length;)
        {
            // A lone surrogate decodes as invalid here and is skipped, one UTF-16 unit at a time.
            if (Rune.DecodeFromUtf16(normalised.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                i += Math.Max(1, used);
                continue;
            }
            i += used;
            if (rune.Value is '\n' or '\t' || !Rune.IsControl(rune) && rune.Value is not (0xFFFE or 0xFFFF))
                sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    /// <summary>Headings and list items are one line: any run of whitespace, line breaks included, becomes one space.</summary>
    public static string OneLine(string? text) => WhiteSpace().Replace(Clean(text), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>Prose split into paragraphs at blank lines, each trimmed; empty ones dropped.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        BlankLine().Split(Clean(text)).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
}
