using System.Text.Encodings.Web;
using System.Text.Json;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Outcomes;

namespace StatusBot.Storage.Schema;

/// <summary>
/// The content column of outcomes and outcome_drafts (shape documented in docs/goal-store.md). Written with a
/// "schema" number so a later shape can be read beside this one; enums as <see cref="ColumnCodes"/> tokens and
/// measurements with their raw text, so nothing the chief typed is lost to parsing.
/// </summary>
internal static class OutcomeContentJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(OutcomeContent content)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("schema", SchemaVersion);
            WriteNullable(w, "bedomning", content.Bedomning is { } b ? ColumnCodes.Bedomning(b) : null);
            WriteNullable(w, "analysis", content.Analysis);
            w.WriteStartArray("indicators");
            foreach (var value in content.Indicators)
            {
                w.WriteStartObject();
                w.WriteString("id", value.IndicatorId);
                WriteMeasurement(w, "total", value.Total);
                WriteMeasurement(w, "men", value.Men);
                WriteMeasurement(w, "women", value.Women);
                WriteNullable(w, "analysis", value.Analysis);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("activities");
            foreach (var report in content.Activities)
            {
                w.WriteStartObject();
                w.WriteString("id", report.ActivityId);
                w.WriteString("status", ColumnCodes.ActivityStatus(report.Status));
                WriteNullable(w, "analysis", report.Analysis);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static OutcomeContent Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var schema = root.TryGetProperty("schema", out var s) ? s.GetInt32() : 0;
        if (schema != SchemaVersion)
            throw new InvalidDataException($"The goal store holds outcome content of schema {schema}; this build reads schema {SchemaVersion}.");
        return new OutcomeContent
        {
            Bedomning = String(root, "bedomning") is { } b ? ColumnCodes.ParseBedomning(b) : null,
            Analysis = String(root, "analysis"),
            Indicators = [.. root.GetProperty("indicators").EnumerateArray().Select(e =>
                new IndicatorValue(e.GetProperty("id").GetString()!, ReadMeasurement(e, "total"))
                {
                    Men = ReadMeasurement(e, "men"),
                    Women = ReadMeasurement(e, "women"),
                    Analysis = String(e, "analysis"),
                })],
            Activities = [.. root.GetProperty("activities").EnumerateArray().Select(e =>
                new ActivityReport(e.GetProperty("id").GetString()!, ColumnCodes.ParseActivityStatus(e.GetProperty("status").GetString()!))
                {
                    Analysis = String(e, "analysis"),
                })],
        };
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    // Raw, value and unit all kept: the value as a JSON number (exact decimal; jsonb stores it as numeric).
    private static void WriteMeasurement(Utf8JsonWriter w, string name, Measurement? m)
    {
        if (m is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("raw", m.Raw);
        if (m.Value is { } v) w.WriteNumber("value", v);
        else w.WriteNull("value");
        WriteNullable(w, "unit", m.Unit);
        w.WriteEndObject();
    }

    private static Measurement? ReadMeasurement(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
        var value = e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : (decimal?)null;
        return new Measurement(e.GetProperty("raw").GetString()!, value, String(e, "unit"));
    }

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
}
