using System.Text.RegularExpressions;
using StatusBot.Domain.Plans;
using StatusBot.Import.Accounting;
using StatusBot.Import.Tables;

namespace StatusBot.Import.Tests.Generalisation;

/// <summary>One generated document and what its import must give besides the seed's own import.</summary>
internal sealed record GeneratedVariant(
    string Text,
    LayoutVariant Layout,
    IReadOnlyDictionary<int, string> TargetOverrides,
    IReadOnlyDictionary<int, string> KfOverrides,
    VariantCoverage Coverage);

/// <summary>How much of each kind of change a variant made, so the harness can prove it is not vacuous.</summary>
internal sealed record VariantCoverage(
    int OneLineRows, int WrappedRows, int RewrappedParagraphs, int Hyphenations, int DoubleSpacedUnits,
    int PageBreaks, int RepeatedHeaders, int RestyledHeadings, bool WithoutKfColumn)
{
    public static VariantCoverage operator +(VariantCoverage a, VariantCoverage b) => new(
        a.OneLineRows + b.OneLineRows, a.WrappedRows + b.WrappedRows, a.RewrappedParagraphs + b.RewrappedParagraphs,
        a.Hyphenations + b.Hyphenations, a.DoubleSpacedUnits + b.DoubleSpacedUnits, a.PageBreaks + b.PageBreaks,
        a.RepeatedHeaders + b.RepeatedHeaders, a.RestyledHeadings + b.RestyledHeadings, a.WithoutKfColumn || b.WithoutKfColumn);

    public static readonly VariantCoverage None = new(0, 0, 0, 0, 0, 0, 0, 0, false);
}

/// <summary>
/// Lays a seed out anew: every table row is re-rendered from the seed's own import (cells re-wrapped, joined or split,
/// other spacing and targets), prose paragraphs and titles are re-wrapped (with hyphenation), page breaks with running
/// headers and repeated table headers land at random places, and nämndmål headings are typed in other forms.
/// </summary>
internal sealed partial class VariantWriter
{
    private readonly record struct Line(string Text, bool Row, string[]? TableHeader, int RowId = -1);

    // Counting the seed's words once per seed, not once per variant.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, Dictionary<string, int>> WordCounts = new();

    private readonly string[] _raw;
    private readonly ImportResult _original;
    private readonly Random _rng;
    private readonly LayoutVariant _layout;
    private readonly Dictionary<string, int> _wordCounts;
    private readonly HashSet<string> _hyphenated = [];
    private readonly Dictionary<int, string> _targets = [];
    private readonly Dictionary<int, string> _kfs = [];
    private int _indicatorIndex;
    private int _oneLineRows, _wrappedRows, _rewrapped, _doubleSpaced, _pageBreaks, _repeatedHeaders, _restyled;

    private VariantWriter(string seedText, ImportResult original, Random rng, LayoutVariant layout)
    {
        _raw = seedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        _original = original;
        _rng = rng;
        _layout = layout;
        _wordCounts = WordCounts.GetValue(seedText, text => WordPattern().Matches(text)
            .GroupBy(m => m.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
    }

    public static GeneratedVariant Write(string seedText, ImportResult original, int seed)
    {
        var rng = new Random(seed);
        var layout = LayoutVariant.Draw(rng, original.Plan.Document == DocumentKind.Verksamhetsplan);
        var writer = new VariantWriter(seedText, original, rng, layout);
        var lines = writer.Copy();
        lines = writer.RewrapProse(lines);
        lines = writer.DropBlanksBetweenRows(lines);
        lines = writer.InsertPageBreaks(lines);
        var coverage = new VariantCoverage(writer._oneLineRows, writer._wrappedRows, writer._rewrapped, writer._hyphenated.Count,
            writer._doubleSpaced, writer._pageBreaks, writer._repeatedHeaders, writer._restyled, layout.WithoutKfColumn);
        return new GeneratedVariant(string.Join('\n', lines.Select(l => l.Text)), layout, writer._targets, writer._kfs, coverage);
    }

    // ---- copy with rows re-rendered ------------------------------------------------------------------------

    private List<Line> Copy()
    {
        var rowsByFirst = _original.Rows.ToDictionary(r => r.LineNumbers.Min());
        var output = new List<Line>();
        string[]? header = null;
        for (var n = 1; n <= _raw.Length; n++)
        {
            var raw = _raw[n - 1];
            if (rowsByFirst.TryGetValue(n, out var row))
            {
                foreach (var text in RenderRow(row, raw)) output.Add(new Line(text, true, header, row.LineNumbers.Min()));
                n = row.LineNumbers.Max();
                continue;
            }
            if (HeaderBlock(n) is { } block)
            {
                header = block;
                foreach (var text in block) output.Add(new Line(text, false, null));
                n += HeaderLength(n) - 1;
                continue;
            }
            if (EndsTable(raw)) header = null;
            output.Add(new Line(RestyleNamndmal(raw), false, header));
        }
        return output;
    }

    private static bool EndsTable(string raw) =>
        GoalHeadingPattern().IsMatch(raw) || SectionPattern().IsMatch(raw);

    /// <summary>A table header starting at line n, as this variant prints it (without the KF column if so drawn).</summary>
    private string[]? HeaderBlock(int n)
    {
        var length = HeaderLength(n);
        if (length == 0) return null;
        var block = _raw[(n - 1)..(n - 1 + length)];
        var words = string.Join(' ', block).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (_layout.WithoutKfColumn && words[^1] == "Periodicitet") return ["  Indikator Årsmål Periodicitet "];
        return block;
    }

    private int HeaderLength(int n)
    {
        var first = _raw[n - 1].Trim();
        if (!first.StartsWith("Indikator ", StringComparison.Ordinal) && !first.StartsWith("Aktivitet ", StringComparison.Ordinal)) return 0;
        for (var k = n; k <= _raw.Length && k < n + 24; k++)
        {
            var text = _raw[k - 1].TrimEnd();
            if (text.EndsWith("Periodicitet", StringComparison.Ordinal) || text.EndsWith("Period", StringComparison.Ordinal)
                || text.EndsWith("Slutdatum", StringComparison.Ordinal) || text.EndsWith("Avvikelse", StringComparison.Ordinal))
                return k - n + 1;
        }
        return 0;
    }

    private IEnumerable<string> RenderRow(TableRowSource source, string firstRaw)
    {
        var lead = firstRaw[..(firstRaw.Length - firstRaw.TrimStart().Length)];
        var oneLine = _rng.NextDouble() < _layout.OneLineRowShare;
        var (name, cells) = source.Row switch
        {
            PlanIndicatorRow p => (p.Name, PlanCells(p)),
            ReportIndicatorRow r => (r.Name, ReportCells(r)),
            ActivityRow a => (a.Title, new List<string> { a.StartRaw, a.EndRaw }.Concat(a.Deviation ? ["Avvikelse"] : Array.Empty<string>()).ToList()),
            _ => throw new InvalidOperationException(source.Row.GetType().Name),
        };
        var values = string.Join(' ', cells.Select(SpaceBeforeUnit));
        if (oneLine)
        {
            _oneLineRows++;
            return [lead + name + " " + values + " "];
        }
        _wrappedRows++;
        var lines = Wrap(name, _layout.NameWidth).ToList();
        lines[0] = lead + lines[0];
        if (_layout.BlankBetweenNameAndValues) lines.Add("");
        lines.Add(values + " ");
        return lines;
    }

    private List<string> PlanCells(PlanIndicatorRow row)
    {
        var index = _indicatorIndex++;
        var cells = new List<string> { Target(row.Target, index, _targets) };
        if (!_layout.WithoutKfColumn) cells.Add(Target(row.KfTarget, index, _kfs));
        cells.Add(row.Periodicity);
        return cells;
    }

    private List<string> ReportCells(ReportIndicatorRow row)
    {
        var index = _indicatorIndex++;
        return [row.Total, row.Men, row.Women, row.PreviousYear, Target(row.Target, index, _targets), Target(row.KfTarget, index, _kfs), row.Period];
    }

    /// <summary>A target cell as drawn: the seed's, a direction word or phrase, or a bound or range.</summary>
    private string Target(string raw, int index, Dictionary<int, string> overrides)
    {
        if (raw.Length == 0) return raw;
        var draw = _rng.NextDouble();
        string? other = draw < _layout.WordTargetShare ? TargetForms.Word(_rng)
            : draw < _layout.WordTargetShare + _layout.FreeTextTargetShare ? TargetForms.FreeText(_rng)
            : null;
        if (other is null) return raw;
        overrides[index] = other;
        return other;
    }

    /// <summary>"14,5 st" → "14,5  st" as some exports print the unit in its own text run.</summary>
    private string SpaceBeforeUnit(string cell)
    {
        if (_rng.NextDouble() >= _layout.DoubleSpaceBeforeUnitShare) return cell;
        var m = NumberAndUnit().Match(cell);
        if (!m.Success) return cell;
        _doubleSpaced++;
        return m.Groups["number"].Value + "  " + m.Groups["unit"].Value;
    }

    /// <summary>"Nämndmål: 1.1.1 Title" as other templates type it; "Enhetsmål:" with or without the space.</summary>
    private string RestyleNamndmal(string raw)
    {
        var afterColon = _layout.NamndmalStyle is 1 or 3 ? "" : " ";
        var unit = EnhetsmalHeading().Match(raw);
        if (unit.Success)
        {
            if (afterColon.Length == 0) _restyled++;
            return unit.Groups["lead"].Value + "Enhetsmål:" + afterColon + unit.Groups["title"].Value;
        }
        var m = NamndmalHeading().Match(raw);
        if (!m.Success) return raw;
        if (_layout.NamndmalStyle != 0) _restyled++;
        var number = m.Groups["number"].Value;
        if (number.Length == 0) return m.Groups["lead"].Value + "Nämndmål:" + afterColon + m.Groups["title"].Value;
        var afterNumber = _layout.NamndmalStyle switch { 0 => " ", 1 => " ", 2 => ". ", _ => "." };
        return m.Groups["lead"].Value + "Nämndmål:" + afterColon + number + afterNumber + m.Groups["title"].Value;
    }

    // ---- prose -------------------------------------------------------------------------------------------

    private List<Line> RewrapProse(List<Line> lines)
    {
        var output = new List<Line>();
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count && !lines[end].Row && lines[end].Text.Trim().Length > 0) end++;
            if (end == i)
            {
                output.Add(lines[i++]);
                continue;
            }
            var run = lines.GetRange(i, end - i);
            if (run.Count >= 2 && IsRewrappable(run) && _rng.NextDouble() < _layout.ProseRewrapShare)
            {
                var isHeading = GoalHeadingPattern().IsMatch(run[0].Text);
                var lead = run[0].Text[..(run[0].Text.Length - run[0].Text.TrimStart().Length)];
                var words = string.Join(' ', run.Select(l => l.Text.Trim()));
                var wrapped = Wrap(words, _layout.ProseWidth).ToList();
                if (!isHeading || wrapped.Count <= 5)
                {
                    _rewrapped++;
                    wrapped[0] = lead + wrapped[0];
                    output.AddRange(wrapped.Select(t => new Line(t, false, run[0].TableHeader)));
                    i = end;
                    continue;
                }
            }
            output.AddRange(run);
            i = end;
        }
        return output;
    }

    /// <summary>Plain paragraphs and VO/nämndmål/enhetsmål titles: no sub-headings, lists, table headers or words cut at a line end.</summary>
    private static bool IsRewrappable(List<Line> run)
    {
        for (var k = 0; k < run.Count; k++)
        {
            var raw = run[k].Text;
            var text = raw.Trim();
            if (k < run.Count - 1 && (!raw.EndsWith(' ') || text.EndsWith('-'))) return false;
            if (text.Length < 25 || text.Contains("....", StringComparison.Ordinal)) return false;
            if (GoalHeadingPattern().IsMatch(raw) && (k > 0 || raw.Contains("inriktningsmål", StringComparison.Ordinal))) return false;
            if (NotProse().IsMatch(text)) return false;
        }
        return true;
    }

    /// <summary>Greedy wrap; every line ends with a space (a word end). A long word may be hyphenated at the line end.</summary>
    private IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length == 0 || line.Length + 1 + word.Length <= width)
            {
                line = line.Length == 0 ? word : line + " " + word;
                continue;
            }
            if (TryHyphenate(word, width - line.Length - 1) is { } cut)
            {
                yield return line + " " + word[..cut] + "-";
                line = word[cut..];
                continue;
            }
            yield return line + " ";
            line = word;
        }
        if (line.Length > 0) yield return line + " ";
    }

    /// <summary>Where to cut a lower-case word the document spells elsewhere too, so a reader can tell the hyphen is soft.</summary>
    private int? TryHyphenate(string word, int room)
    {
        if (room < 5 || word.Length < 10 || !word.All(char.IsLower) || _hyphenated.Contains(word)) return null;
        if (_wordCounts.GetValueOrDefault(word) < 3 || _rng.NextDouble() >= _layout.HyphenateShare) return null;
        var cut = Math.Min(room - 1, word.Length - 4);
        if (cut < 4) return null;
        _hyphenated.Add(word);
        return cut;
    }

    // ---- rows without blank lines ---------------------------------------------------------------------------

    private List<Line> DropBlanksBetweenRows(List<Line> lines)
    {
        if (_layout.BlankBetweenRows) return lines;
        var output = new List<Line>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Length == 0 && output.Count > 0 && output[^1].Row)
            {
                var next = i;
                while (next < lines.Count && lines[next].Text.Length == 0) next++;
                if (next < lines.Count && lines[next].Row && lines[next].RowId != output[^1].RowId)
                {
                    i = next - 1;
                    continue;
                }
            }
            output.Add(lines[i]);
        }
        return output;
    }

    // ---- page breaks ----------------------------------------------------------------------------------------

    private List<Line> InsertPageBreaks(List<Line> lines)
    {
        var candidates = Enumerable.Range(1, lines.Count - 1)
            .Where(i => lines[i].Text.Trim().Length == 0
                        || (lines[i - 1].Text.EndsWith(' ') && lines[i - 1].Text.Trim().Length > 0 && char.IsLower(lines[i].Text.TrimStart().FirstOrDefault())))
            .ToList();
        var chosen = Enumerable.Range(0, _layout.PageBreaks).Select(_ => candidates[_rng.Next(candidates.Count)]).ToHashSet();
        var output = new List<Line>();
        var page = 2;
        for (var i = 0; i < lines.Count; i++)
        {
            if (chosen.Contains(i))
            {
                _pageBreaks++;
                output.Add(new Line("", false, null));
                foreach (var furniture in Furniture(page++)) output.Add(new Line(furniture, false, null));
                output.Add(new Line("", false, null));
                if (lines[i - 1].TableHeader is { } header && _rng.NextDouble() < _layout.RepeatHeaderAfterBreakShare)
                {
                    _repeatedHeaders++;
                    output.AddRange(header.Select(h => new Line(h, false, null)));
                    output.Add(new Line("", false, null));
                }
            }
            output.Add(lines[i]);
        }
        return output;
    }

    private IEnumerable<string> Furniture(int page)
    {
        var pages = page + 40;
        var document = _original.Plan.Document == DocumentKind.Verksamhetsplan ? "Verksamhetsplan" : "Verksamhetsberättelse";
        switch (_rng.Next(5))
        {
            case 0: yield return $"Sid {page} ({pages}) "; break;
            case 1: yield return $"{_original.Plan.Organisation}, {document} {page}({pages}) "; break;
            case 2: yield return $"Sida {page} av {pages} "; break;
            case 3:
                yield return "Tjänsteutlåtande ";
                yield return "";
                yield return $"Sid {page} ({pages}) ";
                break;
            default: yield return "start.stockholm "; break;
        }
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?<number>[+-]?\d{1,3}(?: \d{3})*(?:,\d+)?|\d+(?:,\d+)?) (?<unit>\p{L}.*|%)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAndUnit();

    [GeneratedRegex(@"^(?<lead>\s*)Nämndmål:\s*(?:(?<number>\d+\.\d+\.\d+)\.?\s*)?(?<title>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamndmalHeading();

    [GeneratedRegex(@"^(?<lead>\s*)Enhetsmål:\s*(?<title>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EnhetsmalHeading();

    [GeneratedRegex(@"^\s*(?:KF:s inriktningsmål|KF:s mål för verksamhetsområdet|Nämndmål|Enhetsmål)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex GoalHeadingPattern();

    [GeneratedRegex(@"^\s*(?:Beskrivning|Förväntat resultat|Arbetssätt|Uppföljning|Utveckling|Uppfylls (?:helt|delvis|inte)|Redovisning|Innehållsförteckning)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionPattern();

    // Lists, sub-headings, labels, table headers, dates and furniture are not paragraphs.
    [GeneratedRegex(@"^(?:[•·\-–*o]\s|\d+[.)]\s|Indikator\b|Aktivitet\b|Analys\b|Uppfylls\b|Beskrivning\b|Förväntat resultat\b|Arbetssätt\b|Uppföljning\b|Utveckling\b|Sid\s|Tjänsteutlåtande|start\.stockholm|\d{4}-\d{2}-\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex NotProse();
}
