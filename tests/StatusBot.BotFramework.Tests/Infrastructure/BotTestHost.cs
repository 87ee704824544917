using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StatusBot.BotFramework.Hosting;

namespace StatusBot.BotFramework.Tests.Infrastructure;

/// <summary>The library mapped into a real Kestrel app, as the StatusBot app will use it.</summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, string baseUrl, RecordingActivityHandler handler, RecordingReferenceSink sink, CapturingLoggerProvider logs)
    {
        _app = app;
        BaseUrl = baseUrl;
        Handler = handler;
        Sink = sink;
        Logs = logs;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public string BaseUrl { get; }
    public RecordingActivityHandler Handler { get; }
    public RecordingReferenceSink Sink { get; }
    public CapturingLoggerProvider Logs { get; }
    public HttpClient Http { get; }

    /// <param name="botSettings">Keys of the <c>Bot</c> section.</param>
    /// <param name="configureServices">Runs before <c>AddBotFramework</c>, so a TimeProvider or token provider registered here wins.</param>
    public static async Task<BotTestHost> StartAsync(IDictionary<string, string?> botSettings, Action<IServiceCollection>? configureServices = null)
    {
        var builder = LoopbackServer.CreateBuilder();
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Configuration.AddInMemoryCollection(botSettings.ToDictionary(kv => $"Bot:{kv.Key}", kv => kv.Value));
        var handler = new RecordingActivityHandler();
        var sink = new RecordingReferenceSink();
        builder.Services.AddSingleton<IConversationReferenceSink>(sink);
        configureServices?.Invoke(builder.Services);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton<IActivityHandler>(handler);
        var app = builder.Build();
        app.MapBotFramework("/api/messages");
        return new BotTestHost(app, await LoopbackServer.StartAsync(app), handler, sink, logs);
    }

    public Task<HttpResponseMessage> PostAsync(string json, string? bearerToken = null) =>
        PostAsync(Encoding.UTF8.GetBytes(json), bearerToken);

    public Task<HttpResponseMessage> PostAsync(byte[] body, string? bearerToken = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (bearerToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
