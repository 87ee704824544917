using StatusBot.Application.Conversation.Understanding;
using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Conversation.Answers;

/// <summary>
/// A goal's place in the hierarchy: the goals under it, the goals above it (nearest first), or the whole tree in
/// document order. <see cref="Focus"/> is the goal asked about (null for the whole tree).
/// </summary>
public sealed record GoalTreeAnswer(string Heading, GoalRef? Focus, TreeDirection Direction, IReadOnlyList<GoalRef> Rows) : Answer;
