using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>
/// Source-generated serialization metadata for the protocol types. Nulls are omitted because the connector
/// treats an explicit null differently from an absent field for some properties.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
public sealed partial class BotFrameworkJsonContext : JsonSerializerContext;
