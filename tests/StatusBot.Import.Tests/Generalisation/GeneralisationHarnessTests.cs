using System.Globalization;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;
using StatusBot.Import.Tests.Seeds;
using StatusBot.Testing;
using Xunit.Abstractions;

namespace StatusBot.Import.Tests.Generalisation;

/// <summary>
/// Documents we have never seen: every seed is laid out anew in many generated variants (<see cref="VariantWriter"/>,
/// deterministic seeds), and each must import to the goals, indicators and activities of the seed's own import —
/// with the targets the variant printed instead where it printed others.
/// </summary>
public class GeneralisationHarnessTests(ITestOutputHelper output)
{
    private const int VariantsPerSeed = 180;

    public static TheoryData<string> Seeds => [RepoPaths.Hagersten, RepoPaths.Enskede, RepoPaths.Stod];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_variant_imports_like_its_seed(string seed)
    {
        var text = SeedPlans.Text(seed);
        var original = DocumentImporter.ReadText(text, seed);
        Assert.Equal(original.Plan.Goals.Sum(g => g.Indicators.Count), original.Rows.Count(r => r.Row is not StatusBot.Import.Tables.ActivityRow));

        var failures = new List<string>();
        var generating = new System.Diagnostics.Stopwatch();
        var importing = new System.Diagnostics.Stopwatch();
        var coverage = VariantCoverage.None;
        var targets = 0;
        for (var v = 0; v < VariantsPerSeed; v++)
        {
            var variantSeed = Stable(seed) * 1000 + v;
            generating.Start();
            var variant = VariantWriter.Write(text, original, variantSeed);
            generating.Stop();
            coverage += variant.Coverage;
            targets += variant.TargetOverrides.Count + variant.KfOverrides.Count;
            importing.Start();
            var difference = Compare(original.Plan, variant);
            importing.Stop();
            if (difference is not null) failures.Add($"variant {variantSeed} ({variant.Layout}): {difference}");
        }
        var passed = VariantsPerSeed - failures.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{seed}: {VariantsPerSeed} variants, {passed} pass ({100.0 * passed / VariantsPerSeed:0.0} %); generating {generating.Elapsed.TotalSeconds:0.0} s, importing {importing.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine($"  changes made: {coverage}, targets replaced {targets}");
        foreach (var failure in failures.Take(20)) output.WriteLine(failure);
        // The harness proves something only if every kind of change was made somewhere.
        Assert.All(new[] { coverage.OneLineRows, coverage.WrappedRows, coverage.RewrappedParagraphs, coverage.Hyphenations,
            coverage.DoubleSpacedUnits, coverage.PageBreaks, coverage.RepeatedHeaders, coverage.RestyledHeadings, targets }, n => Assert.True(n > 0));
        Assert.Equal(original.Plan.Document == DocumentKind.Verksamhetsplan, coverage.WithoutKfColumn);
        Assert.True(failures.Count == 0, $"{failures.Count} of {VariantsPerSeed} variants differ; first: {failures.FirstOrDefault()}");
    }

    /// <summary>A string hash that does not change between runs (string.GetHashCode does).</summary>
    private static int Stable(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x7FFF;

    private static string? Compare(Plan expected, GeneratedVariant variant)
    {
        ImportResult actual;
        try
        {
            actual = DocumentImporter.ReadText(variant.Text, "variant.txt");
        }
        catch (ImportException e)
        {
            return "import failed: " + e.Message;
        }
        if (actual.Tables.HasGaps) return "unclear rows: " + string.Join("; ", actual.Tables.Unclear.Take(3));

        var expectedGoals = expected.Goals.Select(g => $"{g.Level} {g.Number} {g.Title}").ToList();
        var actualGoals = actual.Plan.Goals.Select(g => $"{g.Level} {g.Number} {g.Title}").ToList();
        if (First(expectedGoals, actualGoals) is { } goal) return "goal " + goal;

        var expectedIndicators = expected.Goals.SelectMany(g => g.Indicators.Select(i => (Goal: g.Number ?? g.Title, Indicator: i)))
            .Select((x, k) => $"{x.Goal} | {x.Indicator.Name} | {Raw(variant.TargetOverrides, k, x.Indicator.Target)} | " +
                              $"{(variant.Layout.WithoutKfColumn ? "" : Raw(variant.KfOverrides, k, x.Indicator.KfTarget))} | {x.Indicator.Periodicity}")
            .ToList();
        var actualIndicators = actual.Plan.Goals.SelectMany(g => g.Indicators.Select(i => $"{g.Number ?? g.Title} | {i.Name} | {i.Target.Raw} | {i.KfTarget.Raw} | {i.Periodicity}")).ToList();
        if (First(expectedIndicators, actualIndicators) is { } indicator) return "indicator " + indicator;

        var expectedActivities = expected.Goals.SelectMany(g => g.Activities.Select(a => $"{g.Number ?? g.Title} | {a.Title} | {a.Start} | {a.End} | {a.Deviation}")).ToList();
        var actualActivities = actual.Plan.Goals.SelectMany(g => g.Activities.Select(a => $"{g.Number ?? g.Title} | {a.Title} | {a.Start} | {a.End} | {a.Deviation}")).ToList();
        return First(expectedActivities, actualActivities) is { } activity ? "activity " + activity : null;
    }

    private static string Raw(IReadOnlyDictionary<int, string> overrides, int index, TargetValue original) =>
        overrides.TryGetValue(index, out var printed) ? TargetValue.Parse(printed).Raw : original.Raw;

    private static string? First(List<string> expected, List<string> actual)
    {
        for (var k = 0; k < Math.Min(expected.Count, actual.Count); k++)
            if (expected[k] != actual[k]) return $"#{k}: expected «{expected[k]}», got «{actual[k]}»";
        return expected.Count == actual.Count ? null : $"count: expected {expected.Count}, got {actual.Count}";
    }
}
