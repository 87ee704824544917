using System.Text.Json.Nodes;

namespace StatusBot.BotFramework.Schema;

/// <summary>
/// The synchronous answer to an invoke activity. The endpoint writes <see cref="Status"/> as the HTTP status and
/// <see cref="Body"/> as the HTTP body. For <c>adaptiveCard/action</c> the HTTP status is 200 and the body is
/// <c>{statusCode, type, value}</c>; use the factory methods to build those.
/// </summary>
public sealed class InvokeResponse
{
    /// <summary>HTTP status of the response.</summary>
    public int Status { get; init; } = 200;

    /// <summary>HTTP body; null for an empty body.</summary>
    public JsonNode? Body { get; init; }

    /// <summary>Replace the card the user acted on with <paramref name="card"/>.</summary>
    public static InvokeResponse AdaptiveCard(JsonNode card) => Universal(200, ContentTypes.AdaptiveCard, card);

    /// <summary>Show <paramref name="text"/> to the user (the card stays as it is).</summary>
    public static InvokeResponse Message(string text) => Universal(200, ContentTypes.ActivityMessage, JsonValue.Create(text));

    /// <summary>Report an error to the client; still HTTP 200 because the invoke itself was well formed.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Universal(statusCode, ContentTypes.Error, new JsonObject { ["code"] = code, ["message"] = message });

    /// <summary>An empty 200, for invokes that need no payload.</summary>
    public static InvokeResponse Ok() => new();

    private static InvokeResponse Universal(int statusCode, string type, JsonNode? value) => new()
    {
        Status = 200,
        Body = new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value },
    };
}
