using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Hosting;

namespace StatusBot.BotFramework.Tests.Infrastructure;

/// <summary>The library's DI registration as the app gets it, with a counting token provider and a fake connector.</summary>
internal sealed class ConnectorTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ConnectorTestHost(ServiceProvider services, FakeConnector connector, CountingTokenProvider? tokens, CapturingLoggerProvider logs)
    {
        _services = services;
        Connector = connector;
        Tokens = tokens;
        Logs = logs;
        Client = services.GetRequiredService<IConnectorClient>();
    }

    public FakeConnector Connector { get; }
    public CountingTokenProvider? Tokens { get; }
    public CapturingLoggerProvider Logs { get; }
    public IConnectorClient Client { get; }
    public string ServiceUrl => Connector.BaseUrl + "/emea/";

    public static async Task<ConnectorTestHost> StartAsync(bool withCredentials = true, bool allowLoopback = true,
        IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AllowLoopbackServiceUrls"] = allowLoopback.ToString(),
            ["Bot:ConnectorRetryBaseDelayMilliseconds"] = "20",
        };
        if (withCredentials)
        {
            settings["Bot:AppId"] = "11111111-2222-3333-4444-555555555555";
            settings["Bot:ClientSecret"] = "client-secret-value";
        }
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[$"Bot:{key}"] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        CountingTokenProvider? tokens = null;
        if (withCredentials)
        {
            tokens = new CountingTokenProvider(TimeProvider.System);
            services.AddSingleton<IConnectorTokenProvider>(tokens); // registered first: wins over MSAL
        }
        services.AddBotFramework(configuration);
        var connector = await FakeConnector.StartAsync();
        return new ConnectorTestHost(services.BuildServiceProvider(), connector, tokens, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
