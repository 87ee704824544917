using System.Text.RegularExpressions;

namespace StatusBot.Import.Tables;

/// <summary>Reads an activity row: its text up to the two ISO dates, which always share a line, and the flag.</summary>
internal static partial class ActivityRowParser
{
    // The two ISO dates always share a line, one space apart; the flag follows them in reports.
    [GeneratedRegex(@"(?<start>\d{4}-\d{2}-\d{2})\s+(?<end>\d{4}-\d{2}-\d{2})(?:\s+(?<flag>Avvikelse))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Dates();

    public static bool EndsRow(string lineText) => Dates().IsMatch(lineText);

    public static ActivityRow? Parse(string joinedRow)
    {
        var m = Dates().Match(joinedRow);
        if (!m.Success) return null;
        var title = joinedRow[..m.Index].Trim();
        if (!title.Any(char.IsLetter)) return null;
        return new ActivityRow(title, m.Groups["start"].Value, m.Groups["end"].Value, m.Groups["flag"].Success);
    }
}
