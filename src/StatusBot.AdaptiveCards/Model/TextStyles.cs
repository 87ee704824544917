using System.Text.Json.Serialization;
using StatusBot.AdaptiveCards.Model.Serialization;

namespace StatusBot.AdaptiveCards.Model;

// Text appearance values of Adaptive Cards 1.5. Members are named so that camelCase gives the schema's strings.

[JsonConverter(typeof(CamelCaseEnumConverter<TextSize>))]
public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

[JsonConverter(typeof(CamelCaseEnumConverter<TextWeight>))]
public enum TextWeight { Default, Lighter, Bolder }

/// <summary>Semantic colours; the host maps them to its theme (Teams: green, amber, red, ...).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextColor>))]
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

[JsonConverter(typeof(CamelCaseEnumConverter<FontType>))]
public enum FontType { Default, Monospace }

[JsonConverter(typeof(CamelCaseEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment { Left, Center, Right }
