using StatusBot.Domain.Store;
using StatusBot.Hosting;
using StatusBot.Testing;

namespace StatusBot.LatencyBench;

/// <summary>
/// The real app (BotHost) on 127.0.0.1 with a fresh SQLite store into which the three seed documents are imported,
/// inbound authentication off (no Bot:AppId) and a middleware that stamps when each request starts.
/// </summary>
internal sealed class BenchBot : IAsyncDisposable
{
    // Teams' own limits (7 per conversation per second, 30 per tenant per second) queue replies on purpose; left on,
    // 2 000 back-to-back questions would measure that queue, not the bot. One chief asking one question never
    // reaches them, so the bench lifts them. The connector pipeline (limiter, retries) still runs on every reply.
    private const string Unlimited = "1000000";

    private readonly WebApplication _app;
    private readonly string _storeFolder;

    private BenchBot(WebApplication app, string storeFolder, int planCount)
    {
        _app = app;
        _storeFolder = storeFolder;
        PlanCount = planCount;
    }

    public RequestStartStamps Stamps => _app.Services.GetRequiredService<RequestStartStamps>();

    public string Endpoint => _app.Urls.First() + "/api/messages";

    public int PlanCount { get; }

    public static async Task<BenchBot> StartAsync()
    {
        var storeFolder = Directory.CreateTempSubdirectory("statusbot-latency-").FullName;
        var app = BotHost.Build(["--urls", "http://127.0.0.1:0"], Path.Combine(storeFolder, "statusbot.db"), builder =>
        {
            builder.Configuration["Demo:Enabled"] = "true";
            builder.Configuration["Demo:Seeds"] = RepoPaths.Seeds;
            builder.Configuration["Bot:AppId"] = "";
            builder.Configuration["Bot:PerConversationPerSecond"] = Unlimited;
            builder.Configuration["Bot:PerConversationPer30Seconds"] = Unlimited;
            builder.Configuration["Bot:GlobalPerSecond"] = Unlimited;
            // Per-question Information logs would put 4 000 JSON lines on the console the table is printed to.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
            builder.Services.AddSingleton<RequestStartStamps>();
            builder.Services.AddSingleton<IStartupFilter, RequestStartStampFilter>();
        });
        await BotHost.InitialiseAsync(app);
        var plans = await app.Services.GetRequiredService<IGoalStore>().ListPlansAsync();
        await app.StartAsync();
        return new BenchBot(app, storeFolder, plans.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_storeFolder, recursive: true); }
        catch (IOException) { } // a temp folder left behind is harmless
    }
}
