using System.Text.RegularExpressions;
using StatusBot.Import.Text;

namespace StatusBot.Import.Structure;

/// <summary>A table header found in the text: its kind, the lines it spans and the year it names, if any.</summary>
internal sealed record TableHeader(TableKind Kind, int FirstIndex, int LastIndex, int? Year)
{
    /// <summary>Target columns of a plan's indicator table: Årsmål and KF:s årsmål, or Årsmål alone where a nämnd prints no KF column.</summary>
    public int TargetColumns { get; init; } = 2;
}

/// <summary>
/// Recognises table headers in every wrapping the exports produce: the plan header on two lines or one, the
/// report header spread over fifteen lines with blank lines between (DOMAIN §3.1–3.2, §4.1). A header is a run
/// of lines made only of header words that starts with "Indikator" or "Aktivitet" and ends with the last
/// column's name.
/// </summary>
internal static partial class TableHeaderDetector
{
    private static readonly HashSet<string> IndicatorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "indikator", "årsmål", "kf:s", "år", "periodicitet", "periodens", "utfall", "män/", "män", "pojkar",
        "kvinnor/", "kvinnor", "flickor", "män/pojkar", "kvinnor/flickor", "vb", "period", "/",
    };

    private static readonly HashSet<string> ActivityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "aktivitet", "startdatum", "slutdatum", "avvikelse",
    };

    [GeneratedRegex(@"^(?:19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    private const int MaxHeaderLines = 24;

    public static TableHeader? TryMatch(IReadOnlyList<SourceLine> lines, int index)
    {
        var first = Words(lines[index].Raw);
        if (first.Length == 0) return null;
        if (first[0].Equals("Indikator", StringComparison.OrdinalIgnoreCase)) return MatchIndicators(lines, index);
        if (first[0].Equals("Aktivitet", StringComparison.OrdinalIgnoreCase)) return MatchActivities(lines, index);
        return null;
    }

    private static TableHeader? MatchIndicators(IReadOnlyList<SourceLine> lines, int index)
    {
        var words = new List<string>();
        for (var i = index; i < lines.Count && i < index + MaxHeaderLines; i++)
        {
            if (lines[i].IsBlank) continue;
            var lineWords = Words(lines[i].Raw);
            if (!lineWords.All(w => IndicatorWords.Contains(w) || Year().IsMatch(w))) return null;
            words.AddRange(lineWords);
            var last = words[^1];
            if (last.Equals("Periodicitet", StringComparison.OrdinalIgnoreCase))
                return new TableHeader(TableKind.PlanIndicators, index, i, YearAfter(words, "år"))
                {
                    TargetColumns = words.Contains("KF:s", StringComparer.OrdinalIgnoreCase) ? 2 : 1,
                };
            if (last.Equals("Period", StringComparison.OrdinalIgnoreCase))
            {
                var previous = YearAfter(words, "VB");
                return new TableHeader(TableKind.ReportIndicators, index, i, previous + 1);
            }
        }
        return null;
    }

    private static TableHeader? MatchActivities(IReadOnlyList<SourceLine> lines, int index)
    {
        var words = new List<string>();
        var lastIndex = -1;
        for (var i = index; i < lines.Count && i < index + 6; i++)
        {
            if (lines[i].IsBlank) continue;
            var lineWords = Words(lines[i].Raw);
            if (!lineWords.All(ActivityWords.Contains)) break;
            words.AddRange(lineWords);
            lastIndex = i;
        }
        if (lastIndex < 0 || !words.Contains("Startdatum", StringComparer.OrdinalIgnoreCase)
            || !words.Contains("Slutdatum", StringComparer.OrdinalIgnoreCase)) return null;
        var kind = words.Contains("Avvikelse", StringComparer.OrdinalIgnoreCase) ? TableKind.ReportActivities : TableKind.PlanActivities;
        return new TableHeader(kind, index, lastIndex, null);
    }

    private static int? YearAfter(List<string> words, string marker)
    {
        for (var i = 0; i + 1 < words.Count; i++)
            if (words[i].Equals(marker, StringComparison.OrdinalIgnoreCase) && Year().IsMatch(words[i + 1]))
                return int.Parse(words[i + 1], System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }

    private static string[] Words(string raw) => raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
