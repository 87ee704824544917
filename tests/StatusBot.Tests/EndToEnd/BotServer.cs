using Microsoft.AspNetCore.Builder;
using StatusBot.Hosting;
using StatusBot.Testing;

namespace StatusBot.Tests.EndToEnd;

/// <summary>The real app on Kestrel (loopback, its own port, a fresh SQLite store with the seeds as demo data).</summary>
public sealed class BotServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotServer(WebApplication app, int port, string storePath)
    {
        _app = app;
        Port = port;
        StorePath = storePath;
    }

    public int Port { get; }

    public string StorePath { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}/api/messages";

    public IServiceProvider Services => _app.Services;

    public static async Task<BotServer> StartAsync(IDictionary<string, string?>? settings = null, CancellationToken ct = default,
        Action<WebApplicationBuilder>? configure = null, int? fixedPort = null)
    {
        var port = fixedPort ?? Playground.FreePort();
        var store = Path.Combine(Directory.CreateTempSubdirectory("statusbot-e2e-").FullName, "statusbot.db");
        var app = BotHost.Build(["--urls", $"http://127.0.0.1:{port}"], store, builder =>
        {
            builder.Configuration["Demo:Seeds"] = RepoPaths.Seeds;
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.Configuration[key] = value;
            configure?.Invoke(builder);
        });
        await BotHost.InitialiseAsync(app, ct);
        await app.StartAsync(ct);
        return new BotServer(app, port, store);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
