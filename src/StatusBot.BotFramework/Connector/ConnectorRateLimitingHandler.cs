namespace StatusBot.BotFramework.Connector;

/// <summary>Holds each connector request (every retry attempt included) until the rate limiter permits it.</summary>
internal sealed class ConnectorRateLimitingHandler(ConnectorRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var lease = await limiter.AcquireAsync(request, ct);
        if (!lease.IsAcquired)
            throw new InvalidOperationException("Connector rate limiter queue is full; the request was not sent.");
        return await base.SendAsync(request, ct);
    }
}
