using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.AdaptiveCards.Model.Serialization;

/// <summary>
/// Writes enum members as the camelCase strings the Adaptive Card schema lists ("extraLarge", "attention").
/// A parameterless subclass so it can be named in [JsonConverter] on each enum and used by the source generator.
/// </summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
