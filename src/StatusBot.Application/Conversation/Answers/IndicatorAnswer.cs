using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Conversation.Answers;

/// <summary>
/// One indicator: its targets, periodicity and outcomes, with the goal it belongs to. <see cref="Scope"/> is the
/// period asked about (null for the latest).
/// </summary>
public sealed record IndicatorAnswer(Plan Plan, Goal Goal, Indicator Indicator, ReportingPeriod? Scope) : Answer;
