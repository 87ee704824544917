namespace StatusBot.BotFramework.Connector;

/// <summary>
/// The connector answered with a non-success status after any retries, or could not be reached at all
/// (<see cref="StatusCode"/> <see cref="NoAnswer"/>): either way the activity was not delivered.
/// </summary>
public sealed class ConnectorException : Exception
{
    /// <summary>The <see cref="StatusCode"/> of a connector that gave no HTTP answer (connection refused, reset, DNS).</summary>
    public const int NoAnswer = 0;

    /// <summary>The connector answered <paramref name="statusCode"/> (not 2xx) to the last attempt.</summary>
    public ConnectorException(int statusCode, string? errorBody, TimeSpan? retryAfter = null)
        : base($"The Bot Connector answered HTTP {statusCode}.")
    {
        StatusCode = statusCode;
        ErrorBody = errorBody;
        RetryAfter = retryAfter;
    }

    /// <summary>The connector could not be reached after the retries; <paramref name="cause"/> says why.</summary>
    public ConnectorException(HttpRequestException cause)
        : base($"The Bot Connector could not be reached: {cause.Message}", cause) => StatusCode = NoAnswer;

    /// <summary>HTTP status of the final answer; <see cref="NoAnswer"/> when there was none.</summary>
    public int StatusCode { get; }

    /// <summary>The connector's error body (truncated), for diagnosis.</summary>
    public string? ErrorBody { get; }

    /// <summary>
    /// The final answer's <c>Retry-After</c>, if any: a caller that queues work (a reminder outbox) should not try
    /// again before it has passed.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True for failures worth trying again later (no answer, throttling, unavailability).</summary>
    public bool IsTransient => StatusCode is NoAnswer or 412 or 429 or 502 or 503 or 504;
}
