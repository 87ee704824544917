namespace StatusBot.Teams.Reminders;

/// <summary>Configuration section "Reminders" as the dispatcher reads it.</summary>
public sealed class ReminderDeliveryOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Runs the background dispatcher in this instance (any number of instances may).</summary>
    public bool Enabled { get; set; }

    /// <summary>The connector URL for conversations the bot opens itself (e.g. https://smba.trafficmanager.net/emea/).</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Tenant for new 1:1 conversations; empty = Bot:TenantId.</summary>
    public string? TenantId { get; set; }

    /// <summary>How many messages one claim takes.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim is this dispatcher's alone; after it another instance may take over.</summary>
    public double LeaseSeconds { get; set; } = 120;

    /// <summary>Tries per message (claims count as tries) before it is given up and shown to coordinators.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Sends in flight at once: the connector's rate limiter, not this, sets the pace.</summary>
    public int MaxParallelSends { get; set; } = 8;

    /// <summary>A send that takes longer is abandoned and retried later (it may have arrived: a possible duplicate).</summary>
    public double SendTimeoutSeconds { get; set; } = 30;

    /// <summary>Pause between claims when nothing was due.</summary>
    public double PollIntervalSeconds { get; set; } = 30;

    /// <summary>First retry delay; doubled per attempt, with jitter, never shorter than the connector's Retry-After.</summary>
    public double RetryBaseSeconds { get; set; } = 60;

    public double RetryMaxSeconds { get; set; } = 3600;
}
