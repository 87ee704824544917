using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StatusBot.AdaptiveCards.Model.Serialization;

/// <summary>
/// Source-generated contracts for the card model: camelCase names, nulls and defaults left out so the JSON
/// stays small (Teams limits a message to about 40 KB). Use <see cref="CardJson"/>, which also drops empty lists.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    // Hand-written and designer-made cards put "type" anywhere in an object; reading them must not care.
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(JsonObject))]
public sealed partial class CardJsonContext : JsonSerializerContext;
