using StatusBot.Domain.Plans;

namespace StatusBot.Application.Conversation.Answers;

/// <summary>"Saknas något i importen?": per plan in scope, what the importer noted as missing or odd.</summary>
public sealed record ImportGapsAnswer(IReadOnlyList<Plan> Plans) : Answer;
