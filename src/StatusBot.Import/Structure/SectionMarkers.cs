using System.Text.RegularExpressions;
using StatusBot.Domain.Assessments;

namespace StatusBot.Import.Structure;

/// <summary>The fixed sub-headings inside a goal section, the assessment labels and the end of the goal part.</summary>
internal static partial class SectionMarkers
{
    public const string Beskrivning = "Beskrivning";
    public const string ForvantatResultat = "Förväntat resultat";
    public const string Analys = "Analys";
    public const string Arbetssatt = "Arbetssätt";
    public const string Uppfoljning = "Uppföljning";
    public const string Utveckling = "Utveckling";

    /// <summary>The enhetsmål sub-headings that go to <c>Goal.Sections</c> (Förväntat resultat has its own list).</summary>
    public static readonly IReadOnlyList<string> EnhetsmalSections = [Arbetssatt, Uppfoljning, Utveckling];

    [GeneratedRegex(@"^\s*(?:Redovisning|Uppföljning)\s+av\s+ekonomi\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndOfGoals();

    // "Förväntat resultat" and friends alone on a line, perhaps with a colon.
    [GeneratedRegex(@"^\s*(?<name>Beskrivning|Förväntat resultat|Förväntade resultat|Analys|Arbetssätt|Uppföljning|Utveckling)\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"^\s*Uppfylls\s+(?:helt|delvis|inte)\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    /// <summary>Table-of-contents entries end in a dot leader and a page number (stod L64–102).</summary>
    [GeneratedRegex(@"\.{4,}\s*\d+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DotLeader();

    public static bool IsEndOfGoals(string raw) => EndOfGoals().IsMatch(raw);

    public static bool IsTableOfContentsEntry(string raw) => DotLeader().IsMatch(raw);

    public static string? SubHeadingOf(string raw)
    {
        var m = SubHeading().Match(raw);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value;
        return name == "Förväntade resultat" ? ForvantatResultat : name;
    }

    public static bool TryReadLabel(string raw, out Bedomning bedomning)
    {
        bedomning = default;
        return Label().IsMatch(raw) && Bedomningar.TryParse(Regex.Replace(raw.Trim(), @"\s+", " "), out bedomning);
    }
}
