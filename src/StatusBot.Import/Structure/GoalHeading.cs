using System.Text.RegularExpressions;
using StatusBot.Domain.Goals;

namespace StatusBot.Import.Structure;

/// <summary>
/// The four heading prefixes of the goal tree (DOMAIN §2.1). Only a line that starts with one of them (after
/// leading spaces) is a heading; goal titles quoted in prose are not.
/// </summary>
internal static partial class GoalHeading
{
    [GeneratedRegex(@"^\s*(?<prefix>KF:s\s+inriktningsmål|KF:s\s+mål\s+för\s+verksamhetsområdet|Nämndmål|Enhetsmål)\s*:\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    // "1. Ett Stockholm…" (also "1 Ett…").
    [GeneratedRegex(@"^(?<num>\d)\.?\s+(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex InriktningsmalNumber();

    // "3.6 Tryggheten…", also "3.6. Tryggheten…".
    [GeneratedRegex(@"^(?<num>\d+\.\d+)\.?(?:\s+|$)(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex VerksamhetsomradeNumber();

    // DOMAIN §2.3: "3.6.1 Title", "1.4.1. Title", "1.2.1.Alla …".
    [GeneratedRegex(@"^(?<num>\d+\.\d+\.\d+)\.?\s*(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamndmalNumber();

    public static bool TryRead(string raw, out GoalLevel level, out string rest)
    {
        var m = Prefix().Match(raw);
        level = default;
        rest = "";
        if (!m.Success) return false;
        var prefix = Regex.Replace(m.Groups["prefix"].Value, @"\s+", " ");
        level = prefix switch
        {
            "KF:s inriktningsmål" => GoalLevel.Inriktningsmal,
            "KF:s mål för verksamhetsområdet" => GoalLevel.Verksamhetsomradesmal,
            "Nämndmål" => GoalLevel.Namndmal,
            _ => GoalLevel.Enhetsmal,
        };
        rest = m.Groups["rest"].Value;
        return true;
    }

    public static bool IsHeading(string raw) => Prefix().IsMatch(raw);

    /// <summary>Splits the printed number off a heading's first line; the number is null where none is printed.</summary>
    public static (string? PrintedNumber, string Title) SplitNumber(GoalLevel level, string rest)
    {
        var text = rest.TrimStart();
        var m = level switch
        {
            GoalLevel.Inriktningsmal => InriktningsmalNumber().Match(text),
            GoalLevel.Verksamhetsomradesmal => VerksamhetsomradeNumber().Match(text),
            GoalLevel.Namndmal => NamndmalNumber().Match(text),
            _ => Match.Empty,
        };
        if (!m.Success) return (null, text);
        var title = m.Groups["title"];
        var printed = text[..title.Index].Trim();
        return (printed, text[title.Index..]);
    }
}
