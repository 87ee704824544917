using StatusBot.Domain.Periods;

namespace StatusBot.Domain.Reminders;

/// <summary>
/// One bundled reminder to one person: every goal they still owe for the period, or (for an escalation) every goal
/// still missing in the organisation. The idempotency key (person, period, step) makes it impossible to send twice.
/// </summary>
public sealed record ReminderMessage(
    string IdempotencyKey,
    string Organisation,
    ReportingPeriod Period,
    ReminderStep Step,
    ReminderRecipient Recipient,
    DateTimeOffset Deadline,
    IReadOnlyList<OwedGoal> Goals)
{
    /// <summary>When it is due (the planner's moment); the dispatcher sends it at or after this time.</summary>
    public DateTimeOffset DueAt { get; init; }

    /// <summary>For escalations: whose goals are missing (the chief), so the text can name them.</summary>
    public string? About { get; init; }

    public static string KeyFor(string personKey, ReportingPeriod period, ReminderStep step, string? about = null) =>
        about is null ? $"{personKey.ToLowerInvariant()}|{period}|{step}" : $"{personKey.ToLowerInvariant()}|{period}|{step}|{about.ToLowerInvariant()}";
}

/// <summary>Who gets it: the UPN (as configured) and, once resolved, the Entra object id.</summary>
public sealed record ReminderRecipient(string Upn, string? AadObjectId, string? DisplayName = null);

/// <summary>A goal in a reminder: enough to show it and to open its outcome form.</summary>
public sealed record OwedGoal(string GoalId, string? Number, string Title)
{
    /// <summary>In an escalation to coordinators: who answers for the goal (UPNs, comma-separated), so one bundled
    /// message can name every chief.</summary>
    public string? Responsible { get; init; }
}
