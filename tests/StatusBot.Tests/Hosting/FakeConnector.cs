using System.Collections.Concurrent;
using System.Net;

namespace StatusBot.Tests.Hosting;

/// <summary>
/// Stands in for the Bot Connector service: answers each call with the next scripted status (then 200) after an
/// optional delay, and records the calls it answered. A call cancelled during the delay is not recorded.
/// </summary>
public sealed class FakeConnector : HttpMessageHandler
{
    public const string ServiceUrl = "http://127.0.0.1:9/";

    private readonly ConcurrentQueue<HttpStatusCode> _script = new();
    private readonly ConcurrentQueue<(HttpMethod Method, Uri Uri, HttpStatusCode Status)> _answered = new();
    private readonly TaskCompletionSource _firstCallStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TimeSpan Delay { get; init; }

    public IReadOnlyCollection<(HttpMethod Method, Uri Uri, HttpStatusCode Status)> Answered => [.. _answered];

    /// <summary>Completes as soon as the first call arrives (before its delay).</summary>
    public Task FirstCallStarted => _firstCallStarted.Task;

    public FakeConnector Then(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses) _script.Enqueue(status);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _firstCallStarted.TrySetResult();
        if (request.Content is not null) await request.Content.ReadAsByteArrayAsync(cancellationToken);
        await Task.Delay(Delay, cancellationToken);
        var status = _script.TryDequeue(out var next) ? next : HttpStatusCode.OK;
        _answered.Enqueue((request.Method, request.RequestUri!, status));
        return new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(status == HttpStatusCode.OK ? """{"id":"reply-1"}""" : """{"error":{"code":"Throttled"}}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
    }

    // The client factory may dispose its handler chain; this fake holds nothing worth releasing.
    protected override void Dispose(bool disposing)
    {
    }
}
