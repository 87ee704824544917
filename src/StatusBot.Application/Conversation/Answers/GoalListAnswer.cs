using StatusBot.Application.ReadModel;
namespace StatusBot.Application.Conversation.Answers;

/// <summary>A headed list of goals: "Dina mål", "Mål som uppfylls delvis (VB 2023)", "Saknas till T1 2024".</summary>
public sealed record GoalListAnswer(string Heading, IReadOnlyList<GoalRef> Goals) : Answer;
