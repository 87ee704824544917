using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StatusBot.BotFramework.Tests.Infrastructure;

/// <summary>
/// A local OpenID issuer: serves metadata and a JWKS (with Bot Framework endorsements) over real HTTP, and signs
/// real RS256 tokens with its RSA keys. Keys can be added at run time to simulate rotation.
/// </summary>
internal sealed class FakeIdentityProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<SigningKey> _published = [];
    private int _jwksFetches;

    private FakeIdentityProvider(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }
    public string MetadataUrl => $"{BaseUrl}/openid";
    public int JwksFetches => Volatile.Read(ref _jwksFetches);

    /// <summary>While true the JWKS endpoint answers 503 (an issuer outage); requests are still counted.</summary>
    public bool Unavailable { get; set; }

    /// <summary>While true the JWKS endpoint never answers (until the caller gives up); requests are still counted.</summary>
    public bool Hanging { get; set; }

    public static async Task<FakeIdentityProvider> StartAsync(string issuer)
    {
        var builder = LoopbackServer.CreateBuilder();
        var app = builder.Build();
        FakeIdentityProvider? self = null;
        app.MapGet("/openid", (HttpContext http) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = $"{self!.BaseUrl}/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/keys", async (HttpContext http) =>
        {
            Interlocked.Increment(ref self!._jwksFetches);
            if (self.Hanging)
            {
                try { await Task.Delay(Timeout.Infinite, http.RequestAborted); }
                catch (OperationCanceledException) { }
                return Results.StatusCode(504);
            }
            return self.Unavailable ? Results.StatusCode(503) : Results.Content(self.JwksJson(), "application/json");
        });
        self = new FakeIdentityProvider(app, await LoopbackServer.StartAsync(app));
        return self;
    }

    /// <summary>A new RSA key, published in the JWKS with the given endorsements unless <paramref name="publish"/> is false.</summary>
    public SigningKey AddKey(string[]? endorsements, bool publish = true)
    {
        var key = new SigningKey($"kid-{Guid.NewGuid():N}", RSA.Create(2048), endorsements);
        if (publish) Publish(key);
        return key;
    }

    public void Publish(SigningKey key)
    {
        lock (_published) _published.Add(key);
    }

    public static string CreateToken(SigningKey key, string issuer, string audience, string? serviceUrl,
        DateTime? notBefore = null, DateTime? expires = null, string algorithm = SecurityAlgorithms.RsaSha256,
        IReadOnlyDictionary<string, object>? extraClaims = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null) claims["serviceurl"] = serviceUrl;
        foreach (var (name, value) in extraClaims ?? new Dictionary<string, object>()) claims[name] = value;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key.Rsa) { KeyId = key.KeyId }, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) naming a real key id.</summary>
    public static string CreateUnsignedToken(SigningKey key, string issuer, string audience, string serviceUrl)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = key.KeyId };
        return $"{B64(header.ToJsonString())}.{B64(Payload(issuer, audience, serviceUrl))}.";
    }

    /// <summary>The classic key-confusion attack: HS256 with the RSA PUBLIC key as the HMAC secret.</summary>
    public static string CreateHs256WithPublicKey(SigningKey key, string issuer, string audience, string serviceUrl)
    {
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = key.KeyId };
        var signingInput = $"{B64(header.ToJsonString())}.{B64(Payload(issuer, audience, serviceUrl))}";
        var secret = Encoding.UTF8.GetBytes(key.Rsa.ExportSubjectPublicKeyInfoPem());
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64UrlEncoder.Encode(signature)}";
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static string Payload(string issuer, string audience, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["iss"] = issuer, ["aud"] = audience, ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(), ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        }.ToJsonString();
    }

    private static string B64(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    private string JwksJson()
    {
        var keys = new JsonArray();
        lock (_published)
        {
            foreach (var key in _published)
            {
                var p = key.Rsa.ExportParameters(false);
                var jwk = new JsonObject
                {
                    ["kty"] = "RSA", ["use"] = "sig", ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                };
                if (key.Endorsements is not null) jwk["endorsements"] = new JsonArray(key.Endorsements.Select(e => (JsonNode)e!).ToArray());
                keys.Add(jwk);
            }
        }
        return new JsonObject { ["keys"] = keys }.ToJsonString(new JsonSerializerOptions());
    }
}

internal sealed record SigningKey(string KeyId, RSA Rsa, string[]? Endorsements);
