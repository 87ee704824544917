namespace StatusBot.Teams.Reminders;

/// <summary>When a failed reminder is tried again: exponential with jitter, and never before the connector's Retry-After.</summary>
public static class ReminderBackoff
{
    /// <param name="attempt">The attempt that just failed (1 for the first).</param>
    /// <param name="jitter">A number in [0, 1): 0 gives half the exponential delay, towards 1 the full delay.</param>
    public static TimeSpan Delay(int attempt, TimeSpan? retryAfter, ReminderDeliveryOptions options, double jitter)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 20);
        var full = Math.Min(options.RetryBaseSeconds * Math.Pow(2, exponent), options.RetryMaxSeconds);
        // "Equal jitter": half fixed, half random, so dispatchers that failed together spread out without retrying at once.
        var delay = TimeSpan.FromSeconds(full / 2 + full / 2 * Math.Clamp(jitter, 0, 1));
        return retryAfter is { } after && after > delay ? after : delay;
    }
}
