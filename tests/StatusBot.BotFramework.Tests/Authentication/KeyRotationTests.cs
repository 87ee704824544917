using System.Net;
using StatusBot.BotFramework.Tests.Infrastructure;
using static StatusBot.BotFramework.Tests.Authentication.AuthFixture;

namespace StatusBot.BotFramework.Tests.Authentication;

public sealed class KeyRotationTests
{
    private static async Task<(FakeIdentityProvider Idp, BotTestHost Host)> StartAsync(int minRefreshSeconds)
    {
        var idp = await FakeIdentityProvider.StartAsync(BotFrameworkIssuer);
        var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AppId"] = AppId,
            ["OpenIdMetadataUrl"] = idp.MetadataUrl,
            ["SigningKeyMinRefreshSeconds"] = minRefreshSeconds.ToString(),
        });
        return (idp, host);
    }

    [Fact]
    public async Task NewKeyInJwksIsAcceptedAfterRefreshOnUnknownKid()
    {
        var (idp, host) = await StartAsync(minRefreshSeconds: 0);
        await using var _ = idp;
        await using var __ = host;
        var oldKey = idp.AddKey(["msteams"]);

        using (var first = await host.PostAsync(Activities.Message().ToJsonString(), Token(oldKey)))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, idp.JwksFetches);

        var newKey = idp.AddKey(["msteams"]); // rotation: the issuer publishes a new key and signs with it
        using (var rotated = await host.PostAsync(Activities.Message().ToJsonString(), Token(newKey)))
            Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(2, idp.JwksFetches);

        using (var again = await host.PostAsync(Activities.Message().ToJsonString(), Token(oldKey)))
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, idp.JwksFetches); // known keys are served from the cache
    }

    [Fact]
    public async Task UnknownKidsDoNotHammerTheIssuer()
    {
        var (idp, host) = await StartAsync(minRefreshSeconds: 300);
        await using var _ = idp;
        await using var __ = host;
        var known = idp.AddKey(["msteams"]);
        using (await host.PostAsync(Activities.Message().ToJsonString(), Token(known))) { }

        for (var i = 0; i < 5; i++)
        {
            var unpublished = idp.AddKey(["msteams"], publish: false);
            using var response = await host.PostAsync(Activities.Message().ToJsonString(), Token(unpublished));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        Assert.Equal(2, idp.JwksFetches); // the first load and one forced refresh, then the minimum interval holds
    }

    private static string Token(SigningKey key) =>
        FakeIdentityProvider.CreateToken(key, BotFrameworkIssuer, AppId, Activities.ServiceUrl);
}
