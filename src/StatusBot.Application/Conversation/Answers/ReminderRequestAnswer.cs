using StatusBot.Application.Conversation.Understanding;

namespace StatusBot.Application.Conversation.Answers;

/// <summary>
/// "påminnelser T2", "pausa påminnelser", "återuppta påminnelser": answered by the reminder questions, which read
/// and change the outbox (asynchronous, so outside this service).
/// </summary>
public sealed record ReminderRequestAnswer(Intent Intent, PeriodScope? Period, string? OrganisationHint) : Answer;
