using System.Text.RegularExpressions;

namespace StatusBot.Import.Tables;

/// <summary>One value cell read from the right: where it starts in the token list and its text ("" when empty).</summary>
internal readonly record struct Cell(int Start, string Raw)
{
    public bool IsEmpty => Raw.Length == 0;
}

/// <summary>
/// The value grammar for target and outcome cells, read from the right end of a row (DOMAIN §3.3–3.4, §8.7):
/// a gap (empty cell); a known phrase ("Tas fram av nämnd/styrelse", "Fastställs 2024", "Ökning", "öka"); or a
/// number with an optional open-ended unit ("2,7 %", "96,5  %", "1 000 st", "3,12 GWh", "1,4 kg CO2 per kg
/// livsmedel", "Max 10 personer", "+/- 1 %"), with the bounds and ranges of <see cref="TargetPrefixes"/>. A cell can be read in more than one way ("100 100" is one number or
/// two); <see cref="Candidates"/> yields every reading, most likely first, and the row parser backtracks.
/// </summary>
internal static partial class CellGrammar
{
    private const int MaxUnitWords = 6;
    private const int MaxPhraseWords = 6;

    [GeneratedRegex(@"^(?:tas fram(?: av [\p{L}/]+(?:/[\p{L}]+)?)?|fastställs(?: (?:19|20)\d\d)?|ökning|minskning|öka|minska|ska öka|ska minska|bibehålla|oförändrad|oförändrat|ej aktuell|ej aktuellt|ej tillämpligt|saknas|uppgift saknas|-|–)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"^\d{3}(?:,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsGroup();

    [GeneratedRegex(@"^[+-]?\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingGroup();

    /// <summary>Words that belong to phrases, never to a unit.</summary>
    private static readonly HashSet<string> NotUnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "tas", "fram", "av", "nämnd", "nämnd/styrelse", "styrelse", "fastställs", "ökning", "minskning", "öka", "minska", "max", "vb",
        "oförändrat", "oförändrad", "högst", "minst", "lägst", "mellan",
    };

    public static IEnumerable<Cell> Candidates(IReadOnlyList<CellToken> tokens, int end)
    {
        if (end <= 0) yield break;
        if (tokens[end - 1].IsGap)
        {
            yield return new Cell(end - 1, "");
            yield break;
        }

        foreach (var phrase in Phrases(tokens, end)) yield return phrase;
        foreach (var number in Numbers(tokens, end)) yield return number;
    }

    private static IEnumerable<Cell> Phrases(IReadOnlyList<CellToken> tokens, int end)
    {
        for (var k = Math.Min(MaxPhraseWords, end); k >= 1; k--)
        {
            var start = end - k;
            if (Enumerable.Range(start, k).Any(i => tokens[i].IsGap)) continue;
            var text = NormaliseSlashes(CellTokenizer.Join(tokens, start, end));
            if (Phrase().IsMatch(text)) yield return new Cell(start, text);
        }
    }

    private static IEnumerable<Cell> Numbers(IReadOnlyList<CellToken> tokens, int end)
    {
        // Unit words sit between the number and the cell's right end.
        var j = end;
        while (j > 0 && !tokens[j - 1].IsGap && !tokens[j - 1].IsNumber && end - j < MaxUnitWords)
        {
            if (NotUnitWords.Contains(tokens[j - 1].Text)) yield break;
            j--;
        }
        var unitStart = j;
        // "96,5  %", "14,5  st", "1,4  kg CO2": the unit printed as a text run of its own leaves a surplus space inside
        // the cell. A unit alone is never a cell, so the gap cannot be an empty cell.
        if (j >= 2 && unitStart < end && tokens[j - 1].IsGap && tokens[j - 2].IsNumber) j--;
        if (j == 0 || !tokens[j - 1].IsNumber) yield break;
        var numberIndex = j - 1;

        var unit = CellTokenizer.Join(tokens, unitStart, end);
        var ungrouped = numberIndex;
        var grouped = GroupStart(tokens, numberIndex);
        var mustGroup = grouped < numberIndex && tokens[numberIndex].Text.StartsWith('0');
        var preferGroup = grouped < numberIndex && (mustGroup || (unit.Length > 0 && unit != "%"));

        var starts = grouped == numberIndex ? [ungrouped]
            : mustGroup ? [grouped]
            : preferGroup ? new[] { grouped, ungrouped }
            : [ungrouped, grouped];
        foreach (var start in starts)
        {
            var s = TargetPrefixes.ExtendLeft(tokens, start);
            yield return new Cell(s, NormaliseSlashes(CellTokenizer.Join(tokens, s, end)));
        }
    }

    /// <summary>"1 000", "11 000", "1 300": earlier groups of one to three digits before a three-digit group.</summary>
    private static int GroupStart(IReadOnlyList<CellToken> tokens, int numberIndex)
    {
        var start = numberIndex;
        while (start > 0 && ThousandsGroup().IsMatch(tokens[start].Text.TrimEnd('%')) && !tokens[start - 1].IsGap && LeadingGroup().IsMatch(tokens[start - 1].Text))
        {
            start--;
            // Only the leftmost group may have fewer than three digits.
            if (tokens[start].Text.TrimStart('+', '-').Length < 3) break;
        }
        return start;
    }

    /// <summary>"nämnd/ styrelse" → "nämnd/styrelse": a slash at a line break (DOMAIN §8.6).</summary>
    public static string NormaliseSlashes(string text) => SlashSpace().Replace(text, "/");

    [GeneratedRegex(@"(?<=\p{L})/\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SlashSpace();
}
