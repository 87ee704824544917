using System.Text.RegularExpressions;

namespace StatusBot.Domain.Indicators;

/// <summary>
/// A target cell ("Årsmål", "KF:s årsmål") with its meaning kept: a number with unit, a direction,
/// a band, an upper bound, or a text such as "Fastställs 2024", "Tas fram av nämnd", "Minst 80 %" or "10–20 dagar"
/// (kept verbatim; never dropped).
/// </summary>
public sealed partial record TargetValue(TargetKind Kind, string Raw)
{
    public static readonly TargetValue Empty = new(TargetKind.Empty, "");

    /// <summary>The number for Number, Band (the tolerance) and Max kinds.</summary>
    public decimal? Value { get; init; }

    public string? Unit { get; init; }

    /// <summary>For Direction kind: Higher ("Ökning", "öka") or Lower ("Minskning").</summary>
    public Direction? Direction { get; init; }

    [GeneratedRegex(@"^\+\s*/\s*-\s*(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BandPattern();

    // "Max 10 personer", "Högst 5 %": an upper bound either way.
    [GeneratedRegex(@"^(?:max\.?|högst)\s+(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaxPattern();

    public static TargetValue Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return Empty;
        var text = Measurement.Normalize(raw);
        var lower = text.ToLowerInvariant();
        if (lower is "ökning" or "öka" or "ska öka" or "öka." )
            return new TargetValue(TargetKind.Direction, text) { Direction = Indicators.Direction.Higher };
        if (lower is "minskning" or "minska" or "ska minska" or "minska.")
            return new TargetValue(TargetKind.Direction, text) { Direction = Indicators.Direction.Lower };
        if (BandPattern().Match(text) is { Success: true } band && Measurement.Parse(band.Groups[1].Value) is { Value: { } bv } bm)
            return new TargetValue(TargetKind.Band, text) { Value = bv, Unit = bm.Unit };
        if (MaxPattern().Match(text) is { Success: true } max && Measurement.Parse(max.Groups[1].Value) is { Value: { } mv } mm)
            return new TargetValue(TargetKind.Max, text) { Value = mv, Unit = mm.Unit };
        var m = Measurement.Parse(text);
        // A range ("10–20 dagar") is no single number: it stays text rather than becoming 10 with unit "–20 dagar".
        if (m.Value is { } v && (m.Unit is null || !(char.IsDigit(m.Unit[0]) || m.Unit[0] is '–' or '-')))
            return new TargetValue(TargetKind.Number, text) { Value = v, Unit = m.Unit };
        return new TargetValue(TargetKind.Text, text);
    }

    /// <summary>Swedish display: "2,7 %", "Ökning", "Tas fram av nämnd"; "–" when empty.</summary>
    public string Display => Kind switch
    {
        TargetKind.Empty => "–",
        TargetKind.Number => Unit is null ? SwedishNumber.Format(Value!.Value) : $"{SwedishNumber.Format(Value!.Value)} {Unit}",
        _ => Raw,
    };

    public override string ToString() => Display;
}
