using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Conversation.Answers;

/// <summary>"Visa historik för 3.6.1": the app answers with the goal's submitted outcomes from the outcome store.</summary>
public sealed record OutcomeHistoryAnswer(Plan Plan, Goal Goal) : Answer;
