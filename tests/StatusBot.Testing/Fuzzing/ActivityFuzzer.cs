using System.Text;
using System.Text.Json.Nodes;

namespace StatusBot.Testing.Fuzzing;

/// <summary>
/// Generates request bodies for <c>POST /api/messages</c> from a fixed seed: real activities (given by the caller, so
/// the protocol layer fuzzes with its own and the bot with real questions, card actions and forms) with random mutations (fields removed, retyped, filled with hostile strings), wholly random JSON, and byte-level damage
/// (truncation, flipped bytes). Lone surrogates are spliced in as raw <c>\uD800</c> escapes after serialisation,
/// because a .NET string cannot be serialised with one.
/// </summary>
public sealed class ActivityFuzzer(int seed, Func<Random, JsonObject> realActivity)
{
    private const string LoneSurrogateMarker = "\uE000LONE\uE000";

    private static readonly string[] HostileStrings =
    [
        "", " ", "\u0000", "a\u0000b", "\u202e1.6.3", "\u200b", "\ufeff", "\u2066x\u2069", "\u0007\u001b[31m", "\r\n\t",
        LoneSurrogateMarker, "x" + LoneSurrogateMarker + "y", "😀", "nämndmål 3.6.1", "<at>" + new string(' ', 5000),
        "<at>StatusBot</at>", "https://evil.example.com/", "javascript:alert(1)", "not a url", "../../etc/passwd",
        "%00", "null", "1e309", "-0", new string('å', 20_000), "\u0085\u009b", "29:user-id", "a:conv-1", "msteams",
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "timestamp", "localTimestamp", "serviceUrl", "channelId", "from", "recipient", "conversation",
        "replyToId", "text", "textFormat", "attachments", "entities", "value", "name", "channelData", "locale",
        "inputHint", "summary", "action", "membersAdded",
    ];

    private static readonly string[] NestedFields = ["id", "name", "aadObjectId", "role", "tenantId", "conversationType", "isGroup", "tenant"];

    private readonly Random _random = new(seed);

    public byte[] Next() => _random.Next(10) switch
    {
        0 => Damage(Encoding.UTF8.GetBytes(Serialise(Mutate(RealActivity())))),
        1 => Encoding.UTF8.GetBytes(Serialise(RandomValue(depth: 0))),
        _ => Encoding.UTF8.GetBytes(Serialise(Mutate(RealActivity()))),
    };

    private JsonNode RealActivity() => realActivity(_random);

    private JsonNode Mutate(JsonNode activity)
    {
        var target = activity.AsObject();
        for (var i = _random.Next(1, 5); i > 0; i--)
        {
            var parent = _random.Next(3) == 0 && target[Pick(["from", "recipient", "conversation", "channelData", "value"])] is JsonObject nested
                ? nested : target;
            var field = parent == target ? Pick(Fields) : Pick(NestedFields);
            switch (_random.Next(4))
            {
                case 0: parent.Remove(field); break;
                case 1: parent[field] = Pick(HostileStrings); break;
                default: parent[field] = RandomValue(depth: 1); break;
            }
        }
        return activity;
    }

    private JsonNode? RandomValue(int depth) => (depth > 4 ? _random.Next(4) : _random.Next(7)) switch
    {
        0 => null,
        1 => JsonValue.Create(Pick(HostileStrings)),
        2 => JsonValue.Create(_random.Next(3) == 0 ? double.MaxValue : _random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(_random.Next(2) == 0),
        4 => new JsonArray(Enumerable.Range(0, _random.Next(4)).Select(_ => RandomValue(depth + 1)).ToArray()),
        _ => RandomObject(depth),
    };

    private JsonObject RandomObject(int depth)
    {
        var result = new JsonObject();
        for (var i = _random.Next(5); i > 0; i--) result[_random.Next(2) == 0 ? Pick(Fields) : Pick(HostileStrings) + i] = RandomValue(depth + 1);
        return result;
    }

    private byte[] Damage(byte[] body)
    {
        if (body.Length == 0) return body;
        if (_random.Next(2) == 0) return body[.._random.Next(body.Length)];
        var damaged = (byte[])body.Clone();
        for (var i = _random.Next(1, 8); i > 0; i--) damaged[_random.Next(damaged.Length)] = (byte)_random.Next(256);
        return damaged;
    }

    private static string Serialise(JsonNode? node) =>
        (node?.ToJsonString() ?? "null").Replace("\\uE000LONE\\uE000", "\\uD800", StringComparison.OrdinalIgnoreCase);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
