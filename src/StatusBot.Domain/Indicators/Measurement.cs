namespace StatusBot.Domain.Indicators;

/// <summary>A measured or target number with its unit, keeping the raw text beside the parsed value.</summary>
public sealed record Measurement(string Raw, decimal? Value, string? Unit)
{
    /// <summary>Parses "2,7 %", "96,5  %", "77%", "1 000 st", "3,12 GWh", "1,4 kg CO2 per kg livsmedel", "70".</summary>
    public static Measurement Parse(string raw)
    {
        var text = Normalize(raw);
        if (SwedishNumber.TryParseLeading(text, out var value, out var len))
        {
            var unit = text[len..].Trim();
            return new Measurement(text, value, unit.Length == 0 ? null : unit);
        }
        return new Measurement(text, null, null);
    }

    /// <summary>Display in Swedish form: "2,7 %", "1 000 st"; the raw text when it is not a number.</summary>
    public string Display => Value is { } v
        ? Unit is null ? SwedishNumber.Format(v) : $"{SwedishNumber.Format(v)} {Unit}"
        : Raw;

    public override string ToString() => Display;

    internal static string Normalize(string raw) =>
        System.Text.RegularExpressions.Regex.Replace(raw.Trim(), @"\s+", " ");
}
