using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace StatusBot.BotFramework.Tests.Infrastructure;

/// <summary>A Bot Connector stand-in on loopback: records every request and answers from a script (default 200).</summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _ids;

    private FakeConnector(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var app = LoopbackServer.CreateBuilder().Build();
        var fake = new FakeConnector(app);
        app.Run(fake.HandleAsync);
        fake.BaseUrl = await LoopbackServer.StartAsync(app);
        return fake;
    }

    /// <summary>The next request gets this status (and headers); later ones fall through to the default.</summary>
    public void Enqueue(int status, params (string Name, string Value)[] headers) => _script.Enqueue(async http =>
    {
        http.Response.StatusCode = status;
        foreach (var (name, value) in headers) http.Response.Headers[name] = value;
        await http.Response.WriteAsync("""{"error":{"code":"Scripted","message":"scripted"}}""");
    });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(http.Request.Method, http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            http.Request.Headers.Authorization.ToString(), http.Request.ContentType, body, _clock.Elapsed));
        if (_script.TryDequeue(out var scripted))
        {
            await scripted(http);
            return;
        }
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(http.Request.Path.Value!.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? """{"id":"a:new-personal-conversation"}"""
            : $$"""{"id":"activity-{{Interlocked.Increment(ref _ids)}}"}""");
    }
}

internal sealed record RecordedRequest(string Method, string Path, string Authorization, string? ContentType, string Body, TimeSpan At);
