using System.Net;
using Microsoft.IdentityModel.Tokens;
using StatusBot.BotFramework.Tests.Infrastructure;
using static StatusBot.BotFramework.Tests.Authentication.AuthFixture;

namespace StatusBot.BotFramework.Tests.Authentication;

public sealed class InboundAuthenticationTests(AuthFixture fixture) : IClassFixture<AuthFixture>
{
    private string ValidToken(SigningKey? key = null, string issuer = BotFrameworkIssuer, string audience = AppId,
        string? serviceUrl = Activities.ServiceUrl, DateTime? notBefore = null, DateTime? expires = null) =>
        FakeIdentityProvider.CreateToken(key ?? fixture.TeamsKey, issuer, audience, serviceUrl, notBefore, expires);

    /// <summary>401 with an empty body, the handler not called, and rejected for the expected reason.</summary>
    private async Task AssertRejected(string? token, string expectedReason, string? activityJson = null)
    {
        var before = fixture.Host.Handler.Calls.Count;
        var logsBefore = fixture.Host.Logs.Entries.Count;
        using var response = await fixture.Host.PostAsync(activityJson ?? Activities.Message().ToJsonString(), token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, fixture.Host.Handler.Calls.Count);
        var newLogs = fixture.Host.Logs.Entries.Skip(logsBefore).Select(e => e.Text);
        Assert.Contains(newLogs, line => line.StartsWith("Rejected inbound activity: " + expectedReason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidBotFrameworkTokenIsAccepted()
    {
        using var response = await fixture.Host.PostAsync(Activities.Message("accepted").ToJsonString(), ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fixture.Host.Handler.Calls, c => c.Activity.Text == "accepted");
    }

    [Fact]
    public async Task ServiceUrlClaimIgnoresTrailingSlashAndCase()
    {
        var token = ValidToken(serviceUrl: "https://SMBA.trafficmanager.net/emea");
        using var response = await fixture.Host.PostAsync(Activities.Message().ToJsonString(), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task SingleTenantEntraTokenIsAccepted(string version)
    {
        var issuer = version == "v2" ? EntraIssuer : $"https://sts.windows.net/{BotTenant}/";
        // The SDK's rule for Entra tokens: ver names where the calling app is (1.0: appid, 2.0: azp); it must be allowed.
        var claims = new Dictionary<string, object> { ["ver"] = version == "v2" ? "2.0" : "1.0", [version == "v2" ? "azp" : "appid"] = CallerAppId, ["tid"] = BotTenant };
        var token = FakeIdentityProvider.CreateToken(fixture.EntraKey, issuer, AppId, Activities.ServiceUrl, extraClaims: claims);
        using var response = await fixture.Host.PostAsync(Activities.Message($"entra {version}", tenantId: BotTenant).ToJsonString(), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public Task MissingTokenIsRejected() => AssertRejected(null, "missing bearer token");

    [Fact]
    public Task GarbageTokenIsRejected() => AssertRejected("not-a-jwt", "malformed token");

    [Fact]
    public Task ExpiredTokenIsRejected() =>
        AssertRejected(ValidToken(notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6)), "token invalid (SecurityTokenExpiredException)");

    [Fact]
    public async Task TokenExpiredWithinClockSkewIsAccepted()
    {
        var token = ValidToken(notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-3));
        using var response = await fixture.Host.PostAsync(Activities.Message().ToJsonString(), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public Task NotYetValidTokenIsRejected() =>
        AssertRejected(ValidToken(notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)), "token invalid (SecurityTokenNotYetValidException)");

    [Fact]
    public Task WrongIssuerIsRejected() => AssertRejected(ValidToken(issuer: "https://evil.example.com"), "issuer not allowed");

    [Fact]
    public Task EntraIssuerOfAnotherTenantIsRejected() =>
        AssertRejected(ValidToken(fixture.EntraKey, "https://login.microsoftonline.com/other-tenant/v2.0"), "issuer not allowed");

    [Fact]
    public Task BotFrameworkIssuerSignedByEntraKeyIsRejected() => AssertRejected(ValidToken(fixture.EntraKey), "unknown signing key");

    [Fact]
    public Task WrongAudienceIsRejected() => AssertRejected(ValidToken(audience: "another-bot"), "token invalid (SecurityTokenInvalidAudienceException)");

    [Fact]
    public Task KeyNotEndorsedForTheChannelIsRejected() => AssertRejected(ValidToken(fixture.SkypeOnlyKey), "signing key not endorsed");

    [Fact]
    public Task ActivityFromAChannelTheKeyIsNotEndorsedForIsRejected() =>
        AssertRejected(ValidToken(), "signing key not endorsed", Activities.Message(channelId: "skype").ToJsonString());

    [Fact]
    public Task ServiceUrlClaimMismatchIsRejected() => AssertRejected(ValidToken(serviceUrl: "https://smba.trafficmanager.net/amer/"), "serviceurl claim does not match");

    [Fact]
    public Task MissingServiceUrlClaimIsRejected() => AssertRejected(ValidToken(serviceUrl: null), "serviceurl claim does not match");

    [Fact]
    public Task UnknownKeyIsRejected() =>
        AssertRejected(ValidToken(fixture.BotFramework.AddKey(["msteams"], publish: false)), "unknown signing key");

    [Fact]
    public Task AlgNoneIsRejected() =>
        AssertRejected(FakeIdentityProvider.CreateUnsignedToken(fixture.TeamsKey, BotFrameworkIssuer, AppId, Activities.ServiceUrl), "algorithm 'none' not allowed");

    [Fact]
    public Task Hs256SignedWithThePublicKeyIsRejected() =>
        AssertRejected(FakeIdentityProvider.CreateHs256WithPublicKey(fixture.TeamsKey, BotFrameworkIssuer, AppId, Activities.ServiceUrl), "algorithm 'HS256' not allowed");

    [Fact]
    public Task TokenSignedByAnotherKeyUnderAKnownKidIsRejected()
    {
        var impostor = new SigningKey(fixture.TeamsKey.KeyId, System.Security.Cryptography.RSA.Create(2048), null);
        return AssertRejected(ValidToken(impostor), "token invalid (SecurityTokenInvalidSignatureException)");
    }

    [Fact]
    public async Task Rs512IsAccepted()
    {
        var token = FakeIdentityProvider.CreateToken(fixture.TeamsKey, BotFrameworkIssuer, AppId, Activities.ServiceUrl,
            algorithm: SecurityAlgorithms.RsaSha512);
        using var response = await fixture.Host.PostAsync(Activities.Message().ToJsonString(), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public Task TenantNotAllowedIsRejected() =>
        AssertRejected(ValidToken(), "tenant not allowed", Activities.Message(tenantId: "some-other-tenant").ToJsonString());

    [Fact]
    public async Task NoTokenOrAuthorizationHeaderEverReachesTheLog()
    {
        var good = ValidToken();
        var expired = ValidToken(notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6));
        var wrongAudience = ValidToken(audience: "another-bot");
        using (await fixture.Host.PostAsync(Activities.Message().ToJsonString(), good)) { }
        using (await fixture.Host.PostAsync(Activities.Message().ToJsonString(), expired)) { }
        using (await fixture.Host.PostAsync(Activities.Message().ToJsonString(), wrongAudience)) { }

        var log = fixture.Host.Logs.AllText;
        Assert.Contains("Rejected inbound activity", log); // the capture really sees the rejections
        foreach (var token in new[] { good, expired, wrongAudience })
        {
            Assert.DoesNotContain(token, log);
            Assert.DoesNotContain(token.Split('.')[2], log); // not even the signature part
        }
        Assert.DoesNotContain("Bearer ", log, StringComparison.OrdinalIgnoreCase);
    }
}
