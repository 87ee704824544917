using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace StatusBot.AdaptiveCards.Model.Serialization;

/// <summary>Serialises cards to the minimal JSON hosts expect.</summary>
public static class CardJson
{
    /// <summary>
    /// The generated context plus one rule the generator cannot express: empty lists are left out (an empty
    /// "actions" array is noise, and some hosts warn about empty collections).
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(CardJsonContext.Default.Options)
    {
        TypeInfoResolver = CardJsonContext.Default.WithAddedModifier(OmitEmptyCollections),
        // Keep å, ä, ö and "–" readable (and short) instead of \u-escaping them; the output is JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static JsonTypeInfo<AdaptiveCard> CardInfo { get; } =
        (JsonTypeInfo<AdaptiveCard>)Options.GetTypeInfo(typeof(AdaptiveCard));

    // For people reading cards (debugging, docs); what is sent is compact.
    private static readonly Lazy<JsonTypeInfo<AdaptiveCard>> IndentedCardInfo = new(() =>
        (JsonTypeInfo<AdaptiveCard>)new JsonSerializerOptions(Options) { WriteIndented = true }.GetTypeInfo(typeof(AdaptiveCard)));

    public static string Serialize(AdaptiveCard card, bool indented = false) =>
        JsonSerializer.Serialize(card, indented ? IndentedCardInfo.Value : CardInfo);

    /// <summary>UTF-8 size of the compact JSON: what counts against Teams' message limit.</summary>
    public static int SizeInBytes(AdaptiveCard card) => ToUtf8(card).Length;

    /// <summary>The compact JSON as UTF-8: what goes on the wire (Attachment.AdaptiveCard takes it as it is).</summary>
    public static byte[] ToUtf8(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, CardInfo);

    public static JsonObject ToJsonObject(AdaptiveCard card) =>
        JsonSerializer.SerializeToNode(card, CardInfo)!.AsObject();

    public static AdaptiveCard Deserialize(string json) =>
        JsonSerializer.Deserialize(json, CardInfo) ?? throw new JsonException("Not an Adaptive Card.");

    private static void OmitEmptyCollections(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType == typeof(string) || !typeof(ICollection).IsAssignableFrom(property.PropertyType)) continue;
            var previous = property.ShouldSerialize;
            property.ShouldSerialize = (owner, value) =>
                value is ICollection { Count: > 0 } && (previous is null || previous(owner, value));
        }
    }
}
