using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Hosting;

namespace StatusBot.BotFramework.Tests.Hosting;

public sealed class RegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> bot, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        before?.Invoke(services);
        services.AddBotFramework(new ConfigurationBuilder()
            .AddInMemoryCollection(bot.ToDictionary(kv => $"Bot:{kv.Key}", kv => kv.Value)).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void ClientSecretSelectsClientCredentials()
    {
        using var provider = Build(new() { ["AppId"] = "app", ["TenantId"] = "tenant", ["ClientSecret"] = "s" });
        Assert.IsType<ClientCredentialsTokenProvider>(provider.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public void ManagedIdentityIsUsedWithoutSecretOrCertificate()
    {
        using var provider = Build(new() { ["AppId"] = "app", ["ManagedIdentityClientId"] = "mi-client" });
        Assert.IsType<ManagedIdentityTokenProvider>(provider.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public void NoCredentialsMeansNoTokenProvider()
    {
        using var provider = Build(new());
        Assert.Null(provider.GetService<IConnectorTokenProvider>());
        Assert.IsType<NullConversationReferenceSink>(provider.GetRequiredService<IConversationReferenceSink>());
    }

    [Fact]
    public void AppRegistrationsMadeFirstWin()
    {
        var sink = new Infrastructure.RecordingReferenceSink();
        using var provider = Build(new() { ["AppId"] = "app", ["ClientSecret"] = "s" },
            s => s.AddSingleton<IConversationReferenceSink>(sink));
        Assert.Same(sink, provider.GetRequiredService<IConversationReferenceSink>());
    }

    [Fact]
    public void ArraysFromEnvironmentStyleKeysAreBound()
    {
        using var provider = Build(new() { ["AllowedTenantIds:0"] = "t1", ["AllowedTenantIds:1"] = "t2", ["TrustedServiceUrls:0"] = "*.contoso.net" });
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotOptions>>().Value;
        Assert.Equal(["t1", "t2"], options.AllowedTenantIds);
        Assert.Equal(["*.contoso.net"], options.EffectiveTrustedServiceUrls);
    }
}
