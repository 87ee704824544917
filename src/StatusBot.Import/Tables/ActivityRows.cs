using System.Globalization;
using System.Text.RegularExpressions;

namespace StatusBot.Import.Tables;

/// <summary>An activity row: text, Startdatum, Slutdatum and, in reports, the "Avvikelse" flag (DOMAIN §4.1).</summary>
public sealed record ActivityRow(string Title, string StartRaw, string EndRaw, bool Deviation)
{
    public DateOnly? Start => ParseDate(StartRaw);

    public DateOnly? End => ParseDate(EndRaw);

    private static DateOnly? ParseDate(string raw) =>
        DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

public static partial class ActivityRowParser
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
