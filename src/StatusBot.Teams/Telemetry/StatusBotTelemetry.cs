using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace StatusBot.Teams.Telemetry;

/// <summary>
/// The bot's own traces and metrics (source and meter "StatusBot"). Instruments carry ids and kinds only, never
/// message text or names, so they may be exported to Application Insights as they are.
/// </summary>
public sealed class StatusBotTelemetry
{
    public const string Name = "StatusBot";

    /// <summary>Spans for our own work inside a request (the ASP.NET Core span is the parent).</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Counter<long> _questions;
    private readonly Counter<long> _replies;
    private readonly Histogram<double> _connectorDuration;
    private readonly Counter<long> _connectorThrottled;

    // Through IMeterFactory so that each host (and each test's host) has meters of its own.
    public StatusBotTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _questions = meter.CreateCounter<long>("statusbot.questions", "{question}", "Questions answered, by answer kind.");
        _replies = meter.CreateCounter<long>("statusbot.replies", "{reply}", "Replies delivered to Teams, by channel (connector or invoke).");
        _connectorDuration = meter.CreateHistogram<double>("statusbot.connector.duration", "ms",
            "Duration of each Bot Connector HTTP attempt, by operation and status code.");
        _connectorThrottled = meter.CreateCounter<long>("statusbot.connector.throttled", "{response}", "Bot Connector answers 429 Too Many Requests.");
        RemindersSent = meter.CreateCounter<long>("statusbot.reminders.sent", "{reminder}", "Reminders delivered.");
        RemindersFailed = meter.CreateCounter<long>("statusbot.reminders.failed", "{reminder}", "Reminders that could not be delivered.");
    }

    /// <summary>For the reminder scheduler: add 1 per reminder delivered.</summary>
    public Counter<long> RemindersSent { get; }

    /// <summary>For the reminder scheduler: add 1 per reminder given up on.</summary>
    public Counter<long> RemindersFailed { get; }

    public void QuestionAnswered(string answerKind) =>
        _questions.Add(1, new KeyValuePair<string, object?>("answer.kind", answerKind));

    public void ReplyDelivered(string channel) =>
        _replies.Add(1, new KeyValuePair<string, object?>("reply.channel", channel));

    /// <param name="statusCode">The HTTP status, or 0 when no response came (network error, timeout).</param>
    public void ConnectorCallCompleted(string operation, int statusCode, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "connector.operation", operation },
            { "http.response.status_code", statusCode },
        };
        _connectorDuration.Record(elapsed.TotalMilliseconds, tags);
        if (statusCode == 429) _connectorThrottled.Add(1, new KeyValuePair<string, object?>("connector.operation", operation));
    }
}
