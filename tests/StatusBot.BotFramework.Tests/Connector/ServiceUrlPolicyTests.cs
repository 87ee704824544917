using Microsoft.Extensions.Options;
using StatusBot.BotFramework.Connector;

namespace StatusBot.BotFramework.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(bool credentials = true, bool loopback = false, string[]? trusted = null) =>
        new(Options.Create(new BotOptions
        {
            AppId = credentials ? "app" : null,
            ClientSecret = credentials ? "secret" : null,
            AllowLoopbackServiceUrls = loopback,
            TrustedServiceUrls = trusted ?? [],
        }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://canary.teams.microsoft.com/x/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us.botframework.azure.us/")]
    public void DefaultTeamsHostsAreTrusted(string url) =>
        Assert.Equal(ServiceUrlTrust.Trusted, Policy().Evaluate(new Uri(url)));

    [Theory]
    [InlineData("https://smba.trafficmanager.net.evil.com/")]
    [InlineData("https://evilsmba.trafficmanager.net/")]
    [InlineData("https://botframework.com.evil.com/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://botframework.com/")] // the apex is not a subdomain
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://example.com/")]
    public void LookalikeAndPlainHttpHostsAreUntrusted(string url) =>
        Assert.Equal(ServiceUrlTrust.Untrusted, Policy().Evaluate(new Uri(url)));

    [Theory]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://localhost:56000/")]
    [InlineData("http://[::1]:56000/")]
    public void LoopbackDependsOnCredentialsAndTheDevelopmentSwitch(string url)
    {
        Assert.Equal(ServiceUrlTrust.AnonymousLoopback, Policy(credentials: false).Evaluate(new Uri(url)));
        Assert.Equal(ServiceUrlTrust.Untrusted, Policy(credentials: true, loopback: false).Evaluate(new Uri(url)));
        Assert.Equal(ServiceUrlTrust.Trusted, Policy(credentials: true, loopback: true).Evaluate(new Uri(url)));
    }

    [Fact]
    public void ConfiguredPatternsReplaceTheDefaults()
    {
        var policy = Policy(trusted: ["*.contoso.net"]);
        Assert.Equal(ServiceUrlTrust.Trusted, policy.Evaluate(new Uri("https://bot.contoso.net/")));
        Assert.Equal(ServiceUrlTrust.Untrusted, policy.Evaluate(new Uri("https://smba.trafficmanager.net/emea/")));
    }
}
