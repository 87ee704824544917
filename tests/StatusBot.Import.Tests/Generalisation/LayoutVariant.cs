using System.Globalization;

namespace StatusBot.Import.Tests.Generalisation;

/// <summary>
/// How one generated document differs from its seed in layout: the choices another PDF export or another
/// nämnd's ILS template makes. Drawn from a seeded <see cref="Random"/>, so every variant is reproducible.
/// </summary>
internal sealed record LayoutVariant(
    int ProseWidth,
    double ProseRewrapShare,
    double HyphenateShare,
    int NameWidth,
    double OneLineRowShare,
    bool BlankBetweenNameAndValues,
    bool BlankBetweenRows,
    double DoubleSpaceBeforeUnitShare,
    int PageBreaks,
    double RepeatHeaderAfterBreakShare,
    int NamndmalStyle,
    double WordTargetShare,
    double FreeTextTargetShare,
    bool WithoutKfColumn)
{
    public static LayoutVariant Draw(Random rng, bool isPlan) => new(
        ProseWidth: rng.Next(45, 130),
        ProseRewrapShare: rng.NextDouble(),
        HyphenateShare: rng.Next(3) == 0 ? 0 : rng.NextDouble() * 0.5,
        NameWidth: rng.Next(18, 90),
        OneLineRowShare: rng.NextDouble(),
        BlankBetweenNameAndValues: rng.Next(3) != 0,
        BlankBetweenRows: rng.Next(4) != 0,
        DoubleSpaceBeforeUnitShare: rng.Next(3) == 0 ? 0 : rng.NextDouble(),
        PageBreaks: rng.Next(0, 40),
        RepeatHeaderAfterBreakShare: rng.NextDouble(),
        NamndmalStyle: rng.Next(4),
        WordTargetShare: rng.Next(2) == 0 ? 0 : rng.NextDouble() * 0.3,
        FreeTextTargetShare: rng.Next(2) == 0 ? 0 : rng.NextDouble() * 0.3,
        WithoutKfColumn: isPlan && rng.Next(5) == 0);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"prose {ProseWidth}/{ProseRewrapShare:0.00}, hyphens {HyphenateShare:0.00}, names {NameWidth}, one-line {OneLineRowShare:0.00}, " +
        $"blank name/values {BlankBetweenNameAndValues}, blank rows {BlankBetweenRows}, unit spaces {DoubleSpaceBeforeUnitShare:0.00}, " +
        $"page breaks {PageBreaks} (headers {RepeatHeaderAfterBreakShare:0.00}), nämndmål style {NamndmalStyle}, " +
        $"word targets {WordTargetShare:0.00}, free text {FreeTextTargetShare:0.00}, no KF {WithoutKfColumn}");
}
