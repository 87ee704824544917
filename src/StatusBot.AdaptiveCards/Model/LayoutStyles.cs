using System.Text.Json.Serialization;
using StatusBot.AdaptiveCards.Model.Serialization;

namespace StatusBot.AdaptiveCards.Model;

// Layout values of Adaptive Cards 1.5. Members are named so that camelCase gives the schema's strings.

[JsonConverter(typeof(CamelCaseEnumConverter<Spacing>))]
public enum Spacing { Default, None, Small, Medium, Large, ExtraLarge, Padding }

/// <summary>Background style of containers, columns and table cells; Teams tints good/warning/attention.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ContainerStyle>))]
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

[JsonConverter(typeof(CamelCaseEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment { Top, Center, Bottom }

[JsonConverter(typeof(CamelCaseEnumConverter<ImageSize>))]
public enum ImageSize { Auto, Stretch, Small, Medium, Large }

[JsonConverter(typeof(CamelCaseEnumConverter<ImageStyle>))]
public enum ImageStyle { Default, Person }
