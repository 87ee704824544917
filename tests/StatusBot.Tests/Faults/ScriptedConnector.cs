using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace StatusBot.Tests.Faults;

/// <summary>
/// A Bot Connector that misbehaves on script: each call takes the next step (status, Retry-After, delay), then
/// answers 200. Records when each call arrived and what it was answered, so retries and their spacing can be seen.
/// </summary>
internal sealed class ScriptedConnector : HttpMessageHandler
{
    /// <param name="Refused">No HTTP answer at all: the call fails as a refused connection does.</param>
    public sealed record Step(HttpStatusCode Status, TimeSpan? RetryAfter = null, TimeSpan Delay = default, bool Refused = false);

    public sealed record Call(TimeSpan At, HttpMethod Method, HttpStatusCode Status);

    private readonly ConcurrentQueue<Step> _script = new();
    private readonly ConcurrentQueue<Call> _calls = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public IReadOnlyList<Call> Calls => [.. _calls];

    public ScriptedConnector Then(params Step[] steps)
    {
        foreach (var step in steps) _script.Enqueue(step);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var arrived = _clock.Elapsed;
        var step = _script.TryDequeue(out var next) ? next : new Step(HttpStatusCode.OK);
        if (request.Content is not null) await request.Content.ReadAsByteArrayAsync(cancellationToken);
        await Task.Delay(step.Delay, cancellationToken);
        _calls.Enqueue(new Call(arrived, request.Method, step.Status));
        if (step.Refused) throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused));
        var response = new HttpResponseMessage(step.Status)
        {
            RequestMessage = request,
            Content = new StringContent(step.Status == HttpStatusCode.OK ? """{"id":"reply-1"}""" : """{"error":{"code":"Throttled"}}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        if (step.RetryAfter is { } after) response.Headers.RetryAfter = new RetryConditionHeaderValue(after);
        return response;
    }

    protected override void Dispose(bool disposing)
    {
    }
}
