using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using StatusBot.BotFramework.Tests.Infrastructure;
using static StatusBot.BotFramework.Tests.Security.SecurityFixture;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// The token cases the Bot Framework SDK's channel, emulator and skill validation decide (JwtTokenValidation,
/// ChannelValidation, EmulatorValidation, SkillValidation, GovernmentChannelValidation), run end to end against
/// <c>POST /api/messages</c>. Each case names what must hold.
/// </summary>
[Collection(nameof(SecurityFixture))]
public sealed class BotFrameworkTokenCaseTests(SecurityFixture fixture)
{
    private static readonly Dictionary<string, Func<SecurityFixture, string?>> Rejected = new()
    {
        ["no Authorization header"] = _ => null,
        ["Bearer with no token"] = _ => "Bearer ",
        ["Basic scheme instead of Bearer"] = f => "Basic " + f.ChannelToken(),
        ["not a JWT"] = _ => "Bearer not-a-jwt",
        ["alg none"] = f => "Bearer " + FakeIdentityProvider.CreateUnsignedToken(f.TeamsKey, BotFrameworkIssuer, AppId, Activities.ServiceUrl),
        ["HS256 keyed with the public RSA key"] = f => "Bearer " + FakeIdentityProvider.CreateHs256WithPublicKey(f.TeamsKey, BotFrameworkIssuer, AppId, Activities.ServiceUrl),
        ["ES256 is not an allowed algorithm"] = f => "Bearer " + Es256Token(),
        ["issuer that is neither the Bot Framework nor the tenant"] = f => "Bearer " + f.ChannelToken(issuer: "https://evil.example.com"),
        ["US Government issuer in the public cloud"] = f => "Bearer " + f.ChannelToken(issuer: "https://api.botframework.us"),
        ["emulator issuer of the Bot Framework tenant"] = f => "Bearer " + f.ChannelToken(issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"),
        ["audience of another bot"] = f => "Bearer " + f.ChannelToken(audience: "another-bot"),
        ["audience api.botframework.com (a bot-to-channel token replayed)"] = f => "Bearer " + f.ChannelToken(audience: "https://api.botframework.com"),
        ["expired beyond the 5 minute skew"] = f => "Bearer " + f.ChannelToken(notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6)),
        ["not valid before 10 minutes from now"] = f => "Bearer " + f.ChannelToken(notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)),
        ["channel token without serviceurl claim"] = f => "Bearer " + f.ChannelToken(serviceUrl: null),
        ["channel token for another serviceurl"] = f => "Bearer " + f.ChannelToken(serviceUrl: "https://smba.trafficmanager.net/amer/"),
        ["key not endorsed for msteams"] = f => "Bearer " + f.ChannelToken(key: f.BotFramework.AddKey(["skype"])),
        ["key id nobody published"] = f => "Bearer " + f.ChannelToken(key: f.BotFramework.AddKey(["msteams"], publish: false)),
        ["known key id, other private key"] = f => "Bearer " + f.ChannelToken(key: new SigningKey(f.TeamsKey.KeyId, RSA.Create(2048), null)),
        ["Bot Framework issuer signed with the tenant's Entra key"] = f => "Bearer " + f.ChannelToken(key: f.EntraKey),
        ["Entra token of the tenant issued to another app"] = f => "Bearer " + f.EntraToken("2.0", "cccccccc-0000-0000-0000-0000000000cc"),
        ["Entra token without ver (skill and emulator tokens need it)"] = f => "Bearer " + f.EntraToken(null, AllowedCallerApp),
        ["Entra 1.0 token without appid"] = f => "Bearer " + f.EntraToken("1.0", null),
        ["Entra 2.0 token without azp"] = f => "Bearer " + f.EntraToken("2.0", null),
        ["Entra token with unknown version"] = f => "Bearer " + f.EntraToken("9.9", AllowedCallerApp),
        ["Entra token of an allowed app for another audience"] = f => "Bearer " + f.EntraToken("2.0", AllowedCallerApp, audience: "another-bot"),
    };

    private static readonly Dictionary<string, Func<SecurityFixture, string?>> Accepted = new()
    {
        ["channel token, RS256"] = f => "Bearer " + f.ChannelToken(),
        ["channel token expired within the 5 minute skew"] = f => "Bearer " + f.ChannelToken(notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-3)),
        ["channel serviceurl claim differing only in case and trailing slash"] = f => "Bearer " + f.ChannelToken(serviceUrl: "https://SMBA.trafficmanager.net/emea"),
        ["allowed caller app, Entra 1.0 appid"] = f => "Bearer " + f.EntraToken("1.0", AllowedCallerApp),
        ["allowed caller app, Entra 2.0 azp"] = f => "Bearer " + f.EntraToken("2.0", AllowedCallerApp),
    };

    public static TheoryData<string> RejectedCases => new(Rejected.Keys);
    public static TheoryData<string> AcceptedCases => new(Accepted.Keys);

    [Theory]
    [MemberData(nameof(RejectedCases))]
    public async Task TokenIsRejectedWith401AndTheHandlerNeverRuns(string tokenCase)
    {
        var text = $"{tokenCase} {Guid.NewGuid():N}";
        using var response = await SendAsync(Rejected[tokenCase](fixture), text);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(fixture.Host.Handler.Calls, c => c.Activity.Text == text);
    }

    [Theory]
    [MemberData(nameof(AcceptedCases))]
    public async Task TokenIsAccepted(string tokenCase)
    {
        // An allowed Entra app of the bot's tenant may only file activities of that tenant.
        var tenant = tokenCase.StartsWith("allowed caller", StringComparison.Ordinal) ? BotTenant : Activities.TenantId;
        using var response = await SendAsync(Accepted[tokenCase](fixture), tokenCase, tenant);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(string? authorization, string text, string tenant = Activities.TenantId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.Message(text, tenantId: tenant).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return fixture.Host.Http.SendAsync(request);
    }

    private static string Es256Token()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkIssuer, Audience = AppId, Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = Activities.ServiceUrl },
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(ec) { KeyId = "ec-key" }, SecurityAlgorithms.EcdsaSha256),
        };
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(descriptor);
    }
}
