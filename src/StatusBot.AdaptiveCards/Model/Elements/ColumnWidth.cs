using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.AdaptiveCards.Model.Elements;

/// <summary>
/// A column's width: "auto", "stretch", a pixel width ("80px") or a relative weight (a bare number), as the
/// schema allows. A value type so a width cannot be a misspelt string.
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int? pixels, int? weight)
    {
        Keyword = keyword;
        Pixels = pixels;
        Weight = weight;
    }

    public string? Keyword { get; }

    public int? Pixels { get; }

    public int? Weight { get; }

    public static ColumnWidth Auto { get; } = new("auto", null, null);

    public static ColumnWidth Stretch { get; } = new("stretch", null, null);

    public static ColumnWidth Px(int pixels) =>
        pixels > 0 ? new(null, pixels, null) : throw new ArgumentOutOfRangeException(nameof(pixels));

    public static ColumnWidth Relative(int weight) =>
        weight > 0 ? new(null, null, weight) : throw new ArgumentOutOfRangeException(nameof(weight));

    public override string ToString() =>
        Keyword ?? (Pixels is { } p ? p.ToString(CultureInfo.InvariantCulture) + "px" : Weight!.Value.ToString(CultureInfo.InvariantCulture));

    internal static ColumnWidth Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t == "auto") return Auto;
        if (t == "stretch") return Stretch;
        if (t.EndsWith("px", StringComparison.Ordinal) && int.TryParse(t[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var px)) return Px(px);
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var w)) return Relative(w);
        throw new JsonException($"Unknown column width '{text}'.");
    }
}

/// <summary>Reads and writes a column width as the schema's string or number.</summary>
public sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => ColumnWidth.Relative(reader.GetInt32()),
            JsonTokenType.String => ColumnWidth.Parse(reader.GetString()!),
            _ => throw new JsonException("A column width is a string or a number."),
        };

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Weight is { } weight) writer.WriteNumberValue(weight);
        else writer.WriteStringValue(value.ToString());
    }
}
