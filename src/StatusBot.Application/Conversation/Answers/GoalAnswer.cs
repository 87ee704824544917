using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Conversation.Answers;

/// <summary>One goal's status. <see cref="Scope"/> is the period asked about (or the report's), null for "latest".</summary>
public sealed record GoalAnswer(Plan Plan, Goal Goal, ReportingPeriod? Scope) : Answer
{
    /// <summary>When a free-text search found the goal through an indicator or activity: that name.</summary>
    public string? MatchedText { get; init; }
}
