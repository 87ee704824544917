using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Conversation.Answers;

/// <summary>
/// Several indicators: a goal's ("indikatorer för 3.6"), those measured per tertial, those behind their target.
/// <see cref="Focus"/> is the goal they were listed for, if one was named.
/// </summary>
public sealed record IndicatorListAnswer(string Heading, IReadOnlyList<IndicatorRef> Indicators) : Answer
{
    public GoalRef? Focus { get; init; }
}
