using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Conversation.Answers;

/// <summary>
/// "Hur många nämndmål har vi?": the number, what was counted ("nämndmål", "indikatorer som mäts per tertial"), and
/// the goals or indicators counted so the card can show them. <see cref="Focus"/> is the goal counted under, if any.
/// </summary>
public sealed record CountAnswer(string Heading, int Count, IReadOnlyList<GoalRef> Goals, IReadOnlyList<IndicatorRef> Indicators) : Answer
{
    public GoalRef? Focus { get; init; }
}
