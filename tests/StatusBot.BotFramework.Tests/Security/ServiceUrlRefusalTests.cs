using System.Net;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// Issue 12 item 4: a serviceUrl that is not a URL, or that the bot may not (or cannot) send its token to, made the
/// reply fail inside the handler and the request a 500. It is refused before the handler runs (400), or, when only
/// the reply is impossible (no connector credentials), the activity is acknowledged without a reply.
/// </summary>
public sealed class ServiceUrlRefusalTests
{
    [Theory]
    [InlineData("not a url")]
    [InlineData("/v3/relative")]
    [InlineData("ftp://smba.trafficmanager.net/emea/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://")]
    [InlineData("https://smba.trafficmanager.net\u0000/emea/")]
    public async Task ServiceUrlThatIsNotAnAbsoluteHttpUrlIsA400BeforeTheHandler(string serviceUrl)
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message();
        activity["serviceUrl"] = serviceUrl;
        using var response = await bot.Host.PostAsync(activity.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Host.Handler.Calls);
    }

    [Theory]
    [InlineData("https://evil.example.com/")]
    [InlineData("https://smba.trafficmanager.net.evil.example.com/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    public async Task UntrustedServiceUrlIsA400BeforeTheHandler(string serviceUrl)
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message();
        activity["serviceUrl"] = serviceUrl;
        using var response = await bot.Host.PostAsync(activity.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Host.Handler.Calls);
        Assert.Contains(bot.Host.Logs.Entries, e => e.Text.StartsWith("Refused inbound activity: service URL not trusted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrustedServiceUrlThatNeedsMissingCredentialsIsAcknowledgedWithoutA500()
    {
        // Development mode has no connector credentials: a real Teams serviceUrl cannot receive a reply.
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message();
        activity["serviceUrl"] = "https://smba.trafficmanager.net/emea/";
        using var response = await bot.Host.PostAsync(activity.ToJsonString());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(bot.Host.Handler.Calls);
        Assert.Contains(bot.Host.Logs.Entries, e => e.Text.Contains("no connector credentials", StringComparison.Ordinal));
    }
}
