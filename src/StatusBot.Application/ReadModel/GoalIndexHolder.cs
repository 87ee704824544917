using StatusBot.Domain.Plans;

namespace StatusBot.Application.ReadModel;

/// <summary>Where the conversation reads the current <see cref="GoalIndex"/> from.</summary>
public interface IGoalIndexSource
{
    GoalIndex Current { get; }
}

/// <summary>
/// Holds the current snapshot and swaps it atomically when plans change (after an import or a reported outcome):
/// readers keep the snapshot they started with, so a question is answered against one consistent set of plans.
/// </summary>
public sealed class GoalIndexHolder : IGoalIndexSource
{
    private GoalIndex _current;

    public GoalIndexHolder(GoalIndex? initial = null) => _current = initial ?? GoalIndex.Empty;

    public GoalIndex Current => Volatile.Read(ref _current);

    /// <summary>Builds a new index from the plans (outside any lock) and publishes it.</summary>
    public GoalIndex Replace(IReadOnlyList<Plan> plans)
    {
        var index = new GoalIndex(plans);
        Volatile.Write(ref _current, index);
        return index;
    }

    /// <summary>Publishes an index derived from the current one (see <see cref="GoalIndex.WithPlanReplaced"/>).</summary>
    public void Publish(GoalIndex index) => Volatile.Write(ref _current, index);
}
