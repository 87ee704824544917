using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.ReadModel;

/// <summary>A goal together with the plan it was read from: the plan says whose goal it is and for which year.</summary>
public sealed record GoalRef(Plan Plan, Goal Goal)
{
    public override string ToString() => $"{Goal.DisplayLabel} ({Plan.Organisation} {Plan.Year})";
}
