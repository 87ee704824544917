using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>
/// An attachment's inline content: a JSON node, or JSON already serialised (written verbatim). Content made with
/// <see cref="FromUtf8"/> is immutable, so one instance can go into any number of attachments (e.g. a cached card),
/// checked once.
/// </summary>
public sealed class InlineContent
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private JsonNode? _node;

    internal InlineContent(JsonNode node) => _node = node;

    private InlineContent(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>
    /// Serialised JSON content, written as it is. Checks here that <paramref name="utf8"/> is exactly one JSON object,
    /// so a bad card fails where it is made, not when the activity is sent. The bytes must not change afterwards.
    /// </summary>
    public static InlineContent FromUtf8(ReadOnlyMemory<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new ArgumentException("Inline content must be one JSON object.", nameof(utf8));
        reader.Skip();
        if (reader.Read()) throw new ArgumentException("Inline content must be one JSON object.", nameof(utf8));
        return new InlineContent(utf8);
    }

    /// <summary>
    /// The content as a node. For serialised content a fresh copy on every call (the sending path never asks):
    /// changing it changes nothing, which keeps a shared instance immutable; set <see cref="Attachment.Content"/> instead.
    /// </summary>
    public JsonNode? Node => _node ?? JsonNode.Parse(_utf8.Span);

    internal void WriteTo(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        if (_node is null) writer.WriteRawValue(_utf8.Span, skipInputValidation: true); // checked in FromUtf8
        else _node.WriteTo(writer, options);
    }
}

/// <summary>Reads inline content as a node (any JSON value) and writes either form.</summary>
internal sealed class InlineContentConverter : JsonConverter<InlineContent>
{
    public override bool HandleNull => false;

    public override InlineContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonNode.Parse(ref reader) is { } node ? new InlineContent(node) : null;

    public override void Write(Utf8JsonWriter writer, InlineContent value, JsonSerializerOptions options) =>
        value.WriteTo(writer, options);
}
