using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StatusBot.Mcp.Tests.Support;

/// <summary>
/// A stand-in for Entra ID on loopback: OpenID metadata and a JWKS over real HTTP, and RS256 access tokens signed
/// with a locally generated key. <see cref="Stranger"/> signs with a key the JWKS does not publish.
/// </summary>
internal sealed class LoopbackIdentityProvider : IAsyncDisposable
{
    public const string TenantId = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };

    public RsaSecurityKey Stranger { get; } = new(RSA.Create(2048)) { KeyId = "stranger-key" };

    private LoopbackIdentityProvider(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string MetadataUrl => $"{BaseUrl}/{TenantId}/v2.0/.well-known/openid-configuration";

    public string Issuer => $"{BaseUrl}/{TenantId}/v2.0";

    public static async Task<LoopbackIdentityProvider> StartAsync()
    {
        var port = LoopbackPorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var self = new LoopbackIdentityProvider(app, $"http://127.0.0.1:{port}");
        app.MapGet($"/{TenantId}/v2.0/.well-known/openid-configuration", () => Microsoft.AspNetCore.Http.Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = self.Issuer,
            ["jwks_uri"] = $"{self.BaseUrl}/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/keys", () => Microsoft.AspNetCore.Http.Results.Content(self.Jwks(), "application/json"));
        await app.StartAsync();
        return self;
    }

    /// <summary>An access token as Entra would issue it for the plugin: audience, object id, tenant, name.</summary>
    public string Token(string audience, string objectId, DateTime? expires = null, RsaSecurityKey? key = null, string? issuer = null,
        bool delegated = true)
    {
        var claims = new Dictionary<string, object>
        {
            ["oid"] = objectId,
            ["tid"] = TenantId,
            ["name"] = "Testperson",
            ["preferred_username"] = $"{objectId[..8]}@example.com",
        };
        if (delegated) claims["scp"] = "access_as_user";
        else claims["roles"] = new[] { "Goals.Read.All" };
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-10),
            NotBefore = now.AddMinutes(-10),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private string Jwks()
    {
        var p = _key.Rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = _key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        return new JsonObject { ["keys"] = new JsonArray(jwk) }.ToJsonString();
    }
}
