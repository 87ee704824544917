using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Invokes;

/// <summary>Source-generated JSON for the typed invoke values (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(MessagingExtensionQuery))]
[JsonSerializable(typeof(AppBasedLinkQuery))]
[JsonSerializable(typeof(TaskModuleRequest))]
internal sealed partial class InvokeJsonContext : JsonSerializerContext;
