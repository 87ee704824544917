using StatusBot.Application.Conversation.Understanding;

namespace StatusBot.Application.Conversation.Context;

/// <summary>
/// What one chat discussed last: the question as finally understood, the goal in focus, the goals of the last
/// list (for "den första") and the organisation named. Numbers only, no plan objects, so an import meanwhile
/// never leaves a stale goal in memory.
/// </summary>
public sealed record ChatContext(Question LastQuestion)
{
    public string? GoalNumber { get; init; }

    public string? Organisation { get; init; }

    public IReadOnlyList<string> Listed { get; init; } = [];

    /// <summary>True when the last answer was that list, so "hur går den" means its only row.</summary>
    public bool ListIsLatest { get; init; }
}
