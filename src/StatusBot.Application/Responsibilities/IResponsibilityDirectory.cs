using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.Responsibilities;

/// <summary>Who answers for which goals.</summary>
public interface IResponsibilityDirectory
{
    /// <summary>The asker's responsibilities (as ansvarig, delegate or coordinator), matched by object id or UPN.</summary>
    IReadOnlyList<Responsibility> GoalsFor(Asker asker);

    /// <summary>The people answering for one goal (ansvarig and delegates), for the status card.</summary>
    IReadOnlyList<PersonRef> ResponsibleFor(Plan plan, Goal goal);

    /// <summary>Every responsibility known now, for the reminder planner, which needs the whole list.</summary>
    IReadOnlyList<Responsibility> All { get; }
}
