using System.Globalization;
using System.Text.RegularExpressions;
using StatusBot.Domain.Plans;
using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>
/// Reads organisation, year and document kind where the document states them (DOMAIN §1): a title such as
/// "Verksamhetsplan 2023" or "förslag till verksamhetsplan 2024", a running footer "&lt;nämnd&gt;,
/// Verksamhetsberättelse 10(142)", a "&lt;Name&gt; stadsdelsnämnd" mention, the year in a table header
/// ("KF:s årsmål år 2024", "Utfall VB 2022" in a report for 2023), and the shape of the tables (a report has
/// outcome columns and assessment labels). A unit plan names its unit under the title (stod L34–35).
/// </summary>
internal static partial class DocumentFactsReader
{
    [GeneratedRegex(@"\b(?<doc>verksamhetsplan|verksamhetsberättelse)\s+(?<year>20\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitledYear();

    [GeneratedRegex(@"^\s*(?<doc>Verksamhetsplan|Verksamhetsberättelse)\s+(?<year>20\d\d)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLine();

    // One capitalised word or hyphenated compound before "stadsdelsnämnd": "Hägersten-Älvsjö", "Enskede-Årsta-Vantörs".
    [GeneratedRegex(@"(?<![\p{L}-])(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\s+stadsdelsnämnd(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Stadsdelsnamnd();

    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}\d\-/&, ]{2,60}?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();

    /// <summary>Headings that can follow a title line and are not the name of a unit.</summary>
    private static readonly HashSet<string> SectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Sammanfattning", "Inledning", "Innehållsförteckning", "Innehåll", "Bakgrund", "Ärendet", "Ärendets beredning",
        "Förvaltningens förslag till beslut", "Tjänsteutlåtande", "Bilagor", "Bilaga",
    };

    public static DocumentFacts Read(IReadOnlyList<SourceLine> lines)
    {
        var goalStart = lines.FirstOrDefault(l => GoalHeading.IsHeading(l.Raw) && !SectionMarkers.IsTableOfContentsEntry(l.Raw)).Number;
        if (goalStart == 0) goalStart = int.MaxValue;

        var title = ReadTitle(lines, goalStart);
        var (nämnd, nämndLine, footerKind, footerLine) = ReadNamnd(lines);
        var (tableKind, tableKindLine, tableYear, tableYearLine) = ReadTables(lines);

        // A report's outcome columns and labels outweigh a stray "verksamhetsplan 2024" in its prose.
        var (kind, kindLine) = tableKind == DocumentKind.Verksamhetsberattelse ? (tableKind, tableKindLine)
            : title.Kind is not null ? (title.Kind, title.KindLine)
            : footerKind is not null ? (footerKind, footerLine)
            : (tableKind, tableKindLine);
        var (year, yearLine) = title.FromTitleLine ? (title.Year, title.YearLine)
            : tableYear is not null ? (tableYear, tableYearLine)
            : (title.Year, title.YearLine);

        return new DocumentFacts
        {
            Organisation = title.Unit ?? nämnd,
            OrganisationLine = title.Unit is not null ? title.UnitLine : nämndLine,
            ParentOrganisation = title.Unit is not null ? nämnd : null,
            Year = year,
            YearLine = yearLine,
            Document = kind,
            DocumentLine = kindLine,
            IsUnitPlan = lines.Any(l => GoalHeading.TryRead(l.Raw, out var level, out _) && level == Domain.Goals.GoalLevel.Enhetsmal),
        };
    }

    private sealed record Title(DocumentKind? Kind, int? KindLine, int? Year, int? YearLine, bool FromTitleLine, string? Unit, int? UnitLine);

    /// <summary>"Verksamhetsplan 2023" alone on a line (with the unit's name below it), or "…verksamhetsplan 2024" in the front matter.</summary>
    private static Title ReadTitle(IReadOnlyList<SourceLine> lines, int goalStart)
    {
        Title? inline = null;
        foreach (var line in lines.TakeWhile(l => l.Number < goalStart))
        {
            var titleLine = TitleLine().Match(line.Raw);
            if (titleLine.Success)
            {
                var next = NextNonBlank(lines, line.Number);
                var unit = next is { } n && NameLine().IsMatch(n.Raw) && !GoalHeading.IsHeading(n.Raw) && !Stadsdelsnamnd().IsMatch(n.Raw)
                    && !SectionWords.Contains(n.Text) ? n : (SourceLine?)null;
                return new Title(ParseKind(titleLine.Groups["doc"].Value), line.Number, YearOf(titleLine), line.Number, true,
                    unit?.Text, unit?.Number);
            }
            if (inline is null && TitledYear().Match(line.Raw) is { Success: true } m)
                inline = new Title(ParseKind(m.Groups["doc"].Value), line.Number, YearOf(m), line.Number, false, null, null);
        }
        return inline ?? new Title(null, null, null, null, false, null, null);
    }

    /// <summary>
    /// A running footer names the document's owner; without footers, the most frequent "&lt;Name&gt; stadsdelsnämnd"
    /// mention wins (a plan also mentions the nämnder it works with, once or twice).
    /// </summary>
    private static (string? Name, int? Line, DocumentKind? FooterKind, int? FooterLine) ReadNamnd(IReadOnlyList<SourceLine> lines)
    {
        var footers = new Dictionary<string, (int Count, int FirstLine)>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, (int Count, int FirstLine)>(StringComparer.Ordinal);
        DocumentKind? footerKind = null;
        int? footerLine = null;
        foreach (var line in lines)
        {
            if (PageFurniture.TryReadFooter(line.Raw, out var footerOrg, out var footerDoc))
            {
                Count(footers, footerOrg, line.Number);
                footerKind ??= ParseKind(footerDoc);
                footerLine ??= line.Number;
                continue;
            }
            foreach (Match m in Stadsdelsnamnd().Matches(line.Raw))
                Count(mentions, m.Groups["name"].Value + " stadsdelsnämnd", line.Number);
        }
        var names = footers.Count > 0 ? footers : mentions;
        if (names.Count == 0) return (null, null, footerKind, footerLine);
        var best = names.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.FirstLine).First();
        return (best.Key, best.Value.FirstLine, footerKind, footerLine);
    }

    /// <summary>The shape of the tables and labels: outcome columns mean a report; the headers name the year.</summary>
    private static (DocumentKind? Kind, int? KindLine, int? Year, int? YearLine) ReadTables(IReadOnlyList<SourceLine> lines)
    {
        DocumentKind? kind = null;
        int? kindLine = null, year = null, yearLine = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i].Raw;
            if (SectionMarkers.TryReadLabel(raw, out _))
            {
                kind = DocumentKind.Verksamhetsberattelse;
                kindLine ??= lines[i].Number;
            }
            if (TableHeaderDetector.TryMatch(lines, i) is not { } header || !header.Kind.IsIndicators()) continue;
            if (header.Kind.IsReport() || kind is null)
            {
                kind = header.Kind.IsReport() ? DocumentKind.Verksamhetsberattelse : DocumentKind.Verksamhetsplan;
                kindLine = lines[i].Number;
            }
            if (header.Year is { } y && year is null)
            {
                year = y;
                yearLine = lines[i].Number;
            }
            if (kind == DocumentKind.Verksamhetsberattelse && year is not null) break;
        }
        return (kind, kindLine, year, yearLine);
    }

    private static int YearOf(Match m) => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);

    private static void Count(Dictionary<string, (int Count, int FirstLine)> names, string name, int line)
    {
        name = Regex.Replace(name.Trim(), @"\s+", " ");
        names[name] = names.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.FirstLine) : (1, line);
    }

    private static SourceLine? NextNonBlank(IReadOnlyList<SourceLine> lines, int afterNumber)
    {
        for (var i = afterNumber; i < lines.Count && i < afterNumber + 4; i++)
            if (!lines[i].IsBlank) return lines[i];
        return null;
    }

    private static DocumentKind ParseKind(string word) =>
        word.StartsWith("verksamhetsplan", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Verksamhetsplan : DocumentKind.Verksamhetsberattelse;
}
