namespace StatusBot.BotFramework.Connector;

/// <summary>The connector answered with a non-success status after any retries.</summary>
public sealed class ConnectorException(int statusCode, string? errorBody, TimeSpan? retryAfter = null)
    : Exception($"The Bot Connector answered HTTP {statusCode}.")
{
    /// <summary>HTTP status of the final answer.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The connector's error body (truncated), for diagnosis.</summary>
    public string? ErrorBody { get; } = errorBody;

    /// <summary>
    /// The final answer's <c>Retry-After</c>, if any: a caller that queues work (a reminder outbox) should not try
    /// again before it has passed.
    /// </summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>True for statuses worth trying again later (throttling, unavailability).</summary>
    public bool IsTransient => StatusCode is 412 or 429 or 502 or 503 or 504;
}
