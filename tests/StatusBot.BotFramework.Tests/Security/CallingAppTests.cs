using System.Net;
using StatusBot.BotFramework.Tests.Infrastructure;
using static StatusBot.BotFramework.Tests.Security.SecurityFixture;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// Issue 12 item 1: any app of the tenant could get a token for the bot's audience and speak as any user. The
/// calling app (<c>appid</c>/<c>azp</c>) must be the Bot Framework channel or an allowed caller, and only the
/// channel may hand the app a conversation reference.
/// </summary>
[Collection(nameof(SecurityFixture))]
public sealed class CallingAppTests(SecurityFixture fixture)
{
    /// <summary>Posts a message of the bot's own tenant: an allowed app of that tenant speaks for it only.</summary>
    private async Task<HttpStatusCode> PostAsync(string token, string text, string tenant = BotTenant)
    {
        using var response = await fixture.Host.PostAsync(Activities.Message(text, tenantId: tenant).ToJsonString(), token);
        return response.StatusCode;
    }

    [Fact]
    public async Task EntraTokenIssuedToAnotherAppOfTheTenantIsRejected()
    {
        var status = await PostAsync(fixture.EntraToken("2.0", caller: "cccccccc-0000-0000-0000-0000000000cc"), "impostor v2");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.DoesNotContain(fixture.Host.Handler.Calls, c => c.Activity.Text == "impostor v2");
    }

    [Fact]
    public async Task EntraV1TokenIssuedToAnotherAppOfTheTenantIsRejected()
    {
        var status = await PostAsync(fixture.EntraToken("1.0", caller: "cccccccc-0000-0000-0000-0000000000cc"), "impostor v1");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task EntraTokenWithoutVersionClaimIsRejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(fixture.EntraToken(version: null, caller: AllowedCallerApp), "no ver"));

    [Fact]
    public async Task EntraV1TokenWithoutAppIdClaimIsRejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(fixture.EntraToken("1.0", caller: null), "no appid"));

    [Fact]
    public async Task EntraV2TokenWithoutAzpClaimIsRejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(fixture.EntraToken("2.0", caller: null), "no azp"));

    [Fact]
    public async Task EntraTokenWithAnUnknownVersionIsRejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(fixture.EntraToken("3.0", caller: AllowedCallerApp), "ver 3.0"));

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EntraTokenOfAnAllowedCallerAppIsAccepted(string version) =>
        Assert.Equal(HttpStatusCode.OK, await PostAsync(fixture.EntraToken(version, AllowedCallerApp), $"allowed {version}"));

    [Fact]
    public async Task AllowedCallerAppCannotNameAnotherTenantInItsActivity()
    {
        // The token says the bot's tenant; the activity claims another tenant that is on the allow-list.
        var status = await PostAsync(fixture.EntraToken("2.0", AllowedCallerApp), "tenant mismatch", tenant: Activities.TenantId);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task EntraServiceUrlClaimThatDoesNotMatchTheActivityIsRejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized,
            await PostAsync(fixture.EntraToken("2.0", AllowedCallerApp, serviceUrl: "https://smba.trafficmanager.net/amer/"), "entra serviceurl"));

    [Fact]
    public async Task ActivityOfAnAllowedCallerAppNeverReachesTheConversationReferenceSink()
    {
        var evil = Activities.Message("rewrite my reference", tenantId: BotTenant);
        evil["serviceUrl"] = "https://smba.trafficmanager.net/apac/";
        using var response = await fixture.Host.PostAsync(evil.ToJsonString(), fixture.EntraToken("2.0", AllowedCallerApp));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(fixture.Host.Sink.References, r => r.ServiceUrl == "https://smba.trafficmanager.net/apac/");
    }

    [Fact]
    public async Task ChannelActivityStillHandsItsReferenceToTheSink()
    {
        var channelText = $"channel {Guid.NewGuid():N}";
        using var response = await fixture.Host.PostAsync(Activities.Message(channelText).ToJsonString(), fixture.ChannelToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fixture.Host.Sink.References, r => r.ServiceUrl == Activities.ServiceUrl);
    }
}

[CollectionDefinition(nameof(SecurityFixture))]
public sealed class SecurityCollection : ICollectionFixture<SecurityFixture>;
