using System.Text;
using System.Text.RegularExpressions;

namespace StatusBot.Reports;

/// <summary>Text hygiene shared by the writers.</summary>
internal static partial class ReportText
{
    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    /// <summary>
    /// Drops control characters that PDF extraction leaves behind (form feeds, NUL): XML cannot carry them and a
    /// Word file with one does not open. Line ends become \n.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n").Replace('\r', '\n'))
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
                sb.Append(c);
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
