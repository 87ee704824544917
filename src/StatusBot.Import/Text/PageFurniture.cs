using System.Text.RegularExpressions;

namespace StatusBot.Import.Text;

/// <summary>
/// Running headers and footers that survive the PDF export (DOMAIN §8.2). Recognised by their shape, never by
/// a particular nämnd's name: "Sid 3 (76)", "Tjänsteutlåtande", "start.stockholm",
/// "&lt;any organisation&gt;, Verksamhetsberättelse 48(142)".
/// </summary>
internal static partial class PageFurniture
{
    [GeneratedRegex(@"^\s*Sid(?:a|an)?\.?\s+\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*(?:Tjänsteutlåtande|start\.stockholm|www\.stockholm\.se)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Letterhead();

    // "<organisation>, <document> N(M)" with an optional year after the document word.
    [GeneratedRegex(@"^\s*(?<org>[^,]{3,120}?),\s*(?<doc>Verksamhetsberättelse|Verksamhetsplan|Tertialrapport(?:\s*\d)?)(?:\s+(?<year>20\d\d))?\s+\d{1,4}\s*\(\s*\d{1,4}\s*\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunningFooter();

    public static bool IsFurniture(string raw) =>
        PageNumber().IsMatch(raw) || Letterhead().IsMatch(raw) || RunningFooter().IsMatch(raw);

    /// <summary>Reads "Enskede-Årsta-Vantörs stadsdelsnämnd, Verksamhetsberättelse 10(142)".</summary>
    public static bool TryReadFooter(string raw, out string organisation, out string documentWord)
    {
        var m = RunningFooter().Match(raw);
        organisation = m.Success ? m.Groups["org"].Value.Trim() : "";
        documentWord = m.Success ? m.Groups["doc"].Value : "";
        return m.Success;
    }
}
