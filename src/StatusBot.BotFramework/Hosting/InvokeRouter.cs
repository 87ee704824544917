using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StatusBot.BotFramework.Invokes;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Hosting;

/// <summary>
/// Routes invoke activities by name to handlers that take the invoke's typed value, as Teams' SDKs do
/// (<c>MapInvoke&lt;TValue&gt;(name, handler)</c>). A value that does not read as its type is answered with a 400 error
/// body before any handler runs; an invoke without a route is left to the caller.
/// </summary>
public sealed class InvokeRouter
{
    private readonly Dictionary<string, Func<TurnContext, Task<InvokeResponse>>> _routes = new(StringComparer.Ordinal);

    /// <summary>The invoke names with a handler.</summary>
    public IReadOnlyCollection<string> Names => _routes.Keys;

    /// <summary>Handles invokes named <paramref name="name"/> with their value read as <typeparamref name="TValue"/>.</summary>
    public InvokeRouter MapInvoke<TValue>(string name, Func<TurnContext, TValue, Task<InvokeResponse>> handler) where TValue : class
    {
        var type = TypeInfo<TValue>();
        _routes[name] = turn => Read(turn.Activity, type) is { } value
            ? handler(turn, value)
            : Task.FromResult(InvokeResponse.Error(400, "BadRequest", "Åtgärden kom inte fram som den skulle."));
        return this;
    }

    /// <summary>The handler's answer, or null when no route has the invoke's name.</summary>
    public Task<InvokeResponse>? TryRoute(TurnContext turn) =>
        turn.Activity.Name is { } name && _routes.TryGetValue(name, out var route) ? route(turn) : null;

    private static TValue? Read<TValue>(Activity activity, JsonTypeInfo<TValue> type) where TValue : class
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        try
        {
            return value.Deserialize(type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonTypeInfo<TValue> TypeInfo<TValue>() =>
        InvokeJsonContext.Default.GetTypeInfo(typeof(TValue)) as JsonTypeInfo<TValue>
        ?? throw new InvalidOperationException($"{typeof(TValue).Name} is not a known invoke value; add it to InvokeJsonContext.");
}
