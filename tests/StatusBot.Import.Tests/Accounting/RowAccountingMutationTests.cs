using System.Globalization;
using StatusBot.Import.Tests.Seeds;
using StatusBot.Testing;
using Xunit.Abstractions;

namespace StatusBot.Import.Tests.Accounting;

/// <summary>
/// Nothing is lost in silence: a random line of a seed's table rows is deleted, duplicated or garbled, or a table's
/// header is deleted, and then
/// either every row the damage did not touch is still imported exactly as before, or the import reports unclear
/// lines. Also checks the account itself: every table line is counted once, as read, layout or unclear.
/// </summary>
public class RowAccountingMutationTests(ITestOutputHelper output)
{
    private const int MutantsPerCase = 40;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { RepoPaths.Hagersten, RepoPaths.Enskede, RepoPaths.Stod })
            foreach (var damage in new[] { "delete", "duplicate", "garble", "unheader" })
                data.Add(seed, damage);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_damaged_table_line_is_reported_or_harmless(string seed, string damage)
    {
        var text = SeedPlans.Text(seed).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var original = DocumentImporter.ReadText(text, seed);
        var rowLineNumbers = original.Rows.SelectMany(r => r.LineNumbers).Distinct().Order().ToList();
        // "unheader" deletes the first line of a table header, so its rows stand outside any table.
        var headerLineNumbers = Enumerable.Range(1, lines.Length)
            .Where(n => lines[n - 1].TrimStart().StartsWith("Indikator ", StringComparison.Ordinal) || lines[n - 1].TrimStart().StartsWith("Aktivitet ", StringComparison.Ordinal))
            .ToList();
        var reported = 0;
        var failures = new List<string>();
        for (var m = 0; m < MutantsPerCase; m++)
        {
            var rng = new Random((damage.Length * 7919) + (seed.Length * 104729) + m);
            var candidates = damage == "unheader" ? headerLineNumbers : rowLineNumbers;
            var target = candidates[rng.Next(candidates.Count)];
            var mutated = Damage(lines, target, damage, rng);
            var result = DocumentImporter.ReadText(string.Join('\n', mutated), seed);

            Assert.Equal(result.Tables.Lines, result.Tables.Imported + result.Tables.Layout + result.Tables.Unclear.Count);
            if (result.Tables.HasGaps)
            {
                reported++;
                continue;
            }
            // The damaged row itself may only vanish with the line that held all of it.
            var wholeRowDeleted = damage == "delete" && original.Rows.Any(r => r.LineNumbers.SequenceEqual([target]));
            if (result.Rows.Count < original.Rows.Count - (wholeRowDeleted ? 1 : 0))
            {
                failures.Add($"{damage} line {target} (\"{lines[target - 1].Trim()}\"): {original.Rows.Count - result.Rows.Count} rows fewer without a report");
                continue;
            }
            var imported = result.Rows.Select(r => r.Row.ToString()!).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            foreach (var row in original.Rows.Where(r => !r.LineNumbers.Contains(target)))
            {
                var signature = row.Row.ToString()!;
                if (imported.GetValueOrDefault(signature) == 0)
                {
                    failures.Add($"{damage} line {target} (\"{lines[target - 1].Trim()}\"): lost without a report: {signature}");
                    break;
                }
                imported[signature]--;
            }
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{seed} {damage}: {MutantsPerCase} mutants, {reported} reported unclear lines, {failures.Count} lost rows silently"));
        failures.ForEach(output.WriteLine);
        Assert.Empty(failures);
    }

    private static List<string> Damage(string[] lines, int lineNumber, string damage, Random rng)
    {
        var result = lines.ToList();
        var index = lineNumber - 1;
        switch (damage)
        {
            case "delete" or "unheader":
                result.RemoveAt(index);
                break;
            case "duplicate":
                result.Insert(index, lines[index]);
                break;
            default:
                result[index] = Garble(lines[index], rng);
                break;
        }
        return result;
    }

    /// <summary>A word dropped, a word replaced by letters, or the line cut short.</summary>
    private static string Garble(string line, Random rng)
    {
        var words = line.Split(' ').ToList();
        var content = Enumerable.Range(0, words.Count).Where(i => words[i].Length > 0).ToList();
        if (content.Count == 0) return "xqz ";
        var pick = content[rng.Next(content.Count)];
        switch (rng.Next(3))
        {
            case 0:
                words.RemoveAt(pick);
                break;
            case 1:
                words[pick] = new string(Enumerable.Range(0, words[pick].Length + 1).Select(_ => (char)('a' + rng.Next(26))).ToArray());
                break;
            default:
                return line[..(line.Length / 2)] + " ";
        }
        return string.Join(' ', words);
    }
}
