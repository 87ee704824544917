using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;

namespace StatusBot.Application.ReadModel;

/// <summary>An indicator with the goal it hangs on and the plan that goal was read from.</summary>
public sealed record IndicatorRef(Plan Plan, Goal Goal, Indicator Indicator)
{
    public GoalRef GoalRef => new(Plan, Goal);
}
