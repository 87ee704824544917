using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Conversation.Answers;

/// <summary>The asker wants to report on a goal for a period: the app replies with the outcome form.</summary>
public sealed record ReportRequestAnswer(Plan Plan, Goal Goal, ReportingPeriod Period) : Answer;
