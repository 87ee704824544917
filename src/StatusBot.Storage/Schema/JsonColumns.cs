using System.Text.Encodings.Web;
using System.Text.Json;

namespace StatusBot.Storage.Schema;

/// <summary>
/// The two JSON columns of goals. Sections are stored as an array of {heading, text} pairs rather than an
/// object, because PostgreSQL's jsonb does not keep object keys in order and the document order matters.
/// </summary>
internal static class JsonColumns
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string WriteList(IEnumerable<string> items) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var item in items) w.WriteStringValue(item);
        w.WriteEndArray();
    });

    public static string WriteSections(IEnumerable<KeyValuePair<string, string>> sections) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var (heading, text) in sections)
        {
            w.WriteStartObject();
            w.WriteString("heading", heading);
            w.WriteString("text", text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    public static IEnumerable<string> ReadList(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    public static IEnumerable<KeyValuePair<string, string>> ReadSections(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray()
            .Select(e => KeyValuePair.Create(e.GetProperty("heading").GetString()!, e.GetProperty("text").GetString()!))
            .ToList();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) body(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
