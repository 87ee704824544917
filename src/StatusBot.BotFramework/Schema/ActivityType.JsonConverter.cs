using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>Writes <see cref="ActivityType"/> as its bare string.</summary>
public sealed class ActivityTypeJsonConverter : JsonConverter<ActivityType>
{
    /// <inheritdoc />
    public override ActivityType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new ActivityType(reader.GetString() ?? string.Empty)
            : throw new JsonException("Activity type must be a string.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ActivityType value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
