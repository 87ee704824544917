using StatusBot.Domain.People;

namespace StatusBot.Conversation.Responsibilities;

/// <summary>Who answers for which goals.</summary>
public interface IResponsibilityDirectory
{
    /// <summary>The asker's responsibilities (as ansvarig, delegate or coordinator), matched by object id or UPN.</summary>
    IReadOnlyList<Responsibility> GoalsFor(Asker asker);
}
