using Stopwatch = System.Diagnostics.Stopwatch;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Schema;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Connector;

public sealed class ConnectorResilienceTests
{
    private static Activity Message() => new() { Type = ActivityType.Message, Text = "x" };

    [Fact]
    public async Task TooManyRequestsWaitsOutRetryAfterSecondsAndRetries()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(429, ("Retry-After", "2"));

        var watch = Stopwatch.StartNew();
        var result = await host.Client.SendToConversationAsync(host.ServiceUrl, "a:1", Message());
        watch.Stop();

        Assert.Equal(2, host.Connector.Requests.Count);
        Assert.NotNull(result.Id);
        // Backoff alone is ~20 ms here, so waiting this long can only come from Retry-After.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.9), $"retried after {watch.Elapsed}");
        var requests = host.Connector.Requests.ToArray();
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.9));
    }

    [Fact]
    public async Task ServiceUnavailableHonoursRetryAfterAsHttpDate()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(503, ("Retry-After", DateTimeOffset.UtcNow.AddSeconds(3).ToString("R")));

        await host.Client.SendToConversationAsync(host.ServiceUrl, "a:1", Message());

        var requests = host.Connector.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        // The date has whole-second precision, so at least 2 of the 3 seconds remain.
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.5), $"retried after {requests[1].At - requests[0].At}");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task TransientStatusesAreRetried(int status)
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(status);
        host.Connector.Enqueue(status);

        await host.Client.SendToConversationAsync(host.ServiceUrl, "a:1", Message());

        Assert.Equal(3, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task RetriesStopAtTheConfiguredMaximum()
    {
        await using var host = await ConnectorTestHost.StartAsync(extra: new Dictionary<string, string?> { ["MaxConnectorRetries"] = "2" });
        for (var i = 0; i < 5; i++) host.Connector.Enqueue(503, ("Retry-After", "0"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendToConversationAsync(host.ServiceUrl, "a:1", Message()));

        Assert.Equal(503, error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
        Assert.Equal(3, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task AnUnreachableConnectorIsRetriedThenAConnectorExceptionWithNoAnswer()
    {
        await using var host = await ConnectorTestHost.StartAsync(extra: new Dictionary<string, string?> { ["MaxConnectorRetries"] = "2" });
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there now: every attempt is refused

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendToConversationAsync($"http://127.0.0.1:{port}/emea/", "a:1", Message()));

        Assert.Equal(ConnectorException.NoAnswer, error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task InternalServerErrorIsNotRetried()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(500);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendToConversationAsync(host.ServiceUrl, "a:1", Message()));

        Assert.Equal(500, error.StatusCode);
        Assert.Contains("Scripted", error.ErrorBody);
        Assert.Single(host.Connector.Requests);
    }

    [Fact]
    public async Task UnauthorizedIsAnsweredByExactlyOneTokenRefresh()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(401);

        await host.Client.SendToConversationAsync(host.ServiceUrl, "a:1", Message());

        var requests = host.Connector.Requests.ToArray();
        Assert.Equal(["Bearer token-1", "Bearer token-2"], requests.Select(r => r.Authorization));
        Assert.Equal(requests[0].Body, requests[1].Body); // the body is sent again intact
        Assert.Equal(2, host.Tokens!.Acquisitions);
    }

    [Fact]
    public async Task PersistentUnauthorizedFailsAfterOneRefresh()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(401);
        host.Connector.Enqueue(401);
        host.Connector.Enqueue(401);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendToConversationAsync(host.ServiceUrl, "a:1", Message()));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(2, host.Connector.Requests.Count);
        Assert.Equal(2, host.Tokens!.Acquisitions);
    }
}
