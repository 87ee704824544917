using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// Generates <c>Authorization</c> header values from a fixed seed: garbage, damaged real tokens, unsigned tokens
/// with hostile headers, and correctly signed tokens whose claims have the wrong types (arrays, numbers, objects,
/// huge strings) — the inputs a claim reader is most likely to trip over.
/// </summary>
internal sealed class TokenFuzzer(int seed, SigningKey key, string issuer, string audience, string serviceUrl)
{
    private static readonly JsonNode?[] OddValues =
    [
        null, 0, -1, 1e300, true, "", " ", "\u0000", "\u202e", new string('a', 5000), new JsonArray("a", "b"), new JsonArray(),
        new JsonObject { ["x"] = 1 }, "1.0", "2.0", "3.0", "RS256", "none",
    ];

    private static readonly string[] ClaimNames = ["iss", "aud", "exp", "nbf", "iat", "serviceurl", "ver", "appid", "azp", "tid", "kid"];

    private readonly Random _random = new(seed);

    public string Next() => _random.Next(6) switch
    {
        0 => "Bearer " + RandomText(_random.Next(1, 300)),
        1 => "Bearer " + Damage(Valid()),
        2 => "Bearer " + Unsigned(),
        3 => Pick(["Bearer", "bearer  ", "Bearer\t" + Valid(), "Basic " + Valid(), "Bearer " + Valid() + " extra", "Bearer ..", "Bearer a.b.c.d.e"]),
        _ => "Bearer " + SignedWithOddClaims(),
    };

    private string Valid() => FakeIdentityProvider.CreateToken(key, issuer, audience, serviceUrl);

    private string SignedWithOddClaims()
    {
        var claims = new Dictionary<string, object>();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            var value = Pick(OddValues);
            if (value is not null) claims[Pick(ClaimNames)] = ToClrValue(value);
        }
        try
        {
            return FakeIdentityProvider.CreateToken(key, issuer, audience, serviceUrl, extraClaims: claims);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or SecurityTokenException)
        {
            return Unsigned(); // the token library refused to write this combination; any other shape will do
        }
    }

    private static object ToClrValue(JsonNode node) => node switch
    {
        JsonArray array => array.Select(n => (object)n!.ToJsonString()).ToArray(),
        JsonObject obj => obj.ToDictionary(p => p.Key, p => (object)p.Value!.ToJsonString()),
        JsonValue value => value.GetValue<object>(),
        _ => node.ToJsonString(),
    };

    private string Unsigned()
    {
        var header = new JsonObject { ["alg"] = Pick(OddValues)?.DeepClone(), ["kid"] = _random.Next(2) == 0 ? key.KeyId : Pick(OddValues)?.DeepClone(), ["typ"] = "JWT" };
        var payload = new JsonObject();
        foreach (var name in ClaimNames) if (_random.Next(2) == 0) payload[name] = Pick(OddValues)?.DeepClone();
        return $"{B64(header.ToJsonString())}.{B64(payload.ToJsonString())}.{RandomText(_random.Next(0, 50))}";
    }

    private string Damage(string token)
    {
        var chars = token.ToCharArray();
        for (var i = _random.Next(1, 5); i > 0; i--) chars[_random.Next(chars.Length)] = (char)_random.Next(33, 127);
        return new string(chars);
    }

    private string RandomText(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/";
        return string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[_random.Next(alphabet.Length)]));
    }

    private static string B64(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
