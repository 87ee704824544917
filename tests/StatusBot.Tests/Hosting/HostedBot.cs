using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.BotFramework;
using StatusBot.Hosting;
using StatusBot.Testing;
using StatusBot.Tests.EndToEnd;

namespace StatusBot.Tests.Hosting;

/// <summary>
/// The real app on Kestrel (loopback, own port) over a store the test chooses, with the Bot Connector replaced by
/// <see cref="FakeConnector"/> at the bottom of the real connector pipeline (retries, rate limits, telemetry stay).
/// </summary>
public sealed class HostedBot : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private HostedBot(WebApplication app, int port)
    {
        _app = app;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static string NewSqliteStore() =>
        Path.Combine(Directory.CreateTempSubdirectory("statusbot-ops-").FullName, "statusbot.db");

    /// <param name="initialise">False starts the host without migrating the store (as if InitialiseAsync never ran).</param>
    public static async Task<HostedBot> StartAsync(string store, FakeConnector? connector = null, IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null, bool initialise = true)
    {
        var port = Playground.FreePort();
        var all = new Dictionary<string, string?>
        {
            ["Demo:Seeds"] = RepoPaths.Seeds,
            ["Conversation:DefaultOrganisation"] = "Enskede-Årsta-Vantörs stadsdelsnämnd",
            // Retries of a throttled call should not make the tests wait for real backoff.
            ["Bot:ConnectorRetryBaseDelayMilliseconds"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        // As command-line settings, so they are present while services are registered, as environment variables are in production.
        string[] args = ["--urls", $"http://127.0.0.1:{port}", .. all.Select(s => $"--{s.Key}={s.Value}")];
        var app = BotHost.Build(args, store, builder =>
        {
            if (connector is not null)
                builder.Services.AddHttpClient(BotFrameworkHttpClients.Connector).ConfigurePrimaryHttpMessageHandler(() => connector);
            configure?.Invoke(builder);
        });
        if (initialise) await BotHost.InitialiseAsync(app);
        await app.StartAsync();
        return new HostedBot(app, port);
    }

    /// <summary>A Teams-like personal-chat message whose replies go to the fake connector.</summary>
    public Task<HttpResponseMessage> SendMessageAsync(string text, string userId = "29:user-1", string userName = "Test Testsson", CancellationToken ct = default)
    {
        var activity = new
        {
            type = "message",
            id = "act-" + Guid.NewGuid().ToString("N")[..8],
            timestamp = DateTimeOffset.UtcNow,
            serviceUrl = FakeConnector.ServiceUrl,
            channelId = "msteams",
            from = new { id = userId, name = userName, aadObjectId = "00000000-0000-0000-0000-0000000000aa" },
            recipient = new { id = "28:bot", name = "StatusBot" },
            conversation = new { id = "a:conv-" + Guid.NewGuid().ToString("N")[..8], conversationType = "personal", tenantId = "tenant-1" },
            channelData = new { tenant = new { id = "tenant-1" } },
            text,
        };
        return Http.PostAsJsonAsync("api/messages", activity, ct);
    }

    public async Task StopAsync()
    {
        _stopped = true;
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_stopped) await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
