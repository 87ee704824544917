using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;

namespace StatusBot.Teams.Cards;

/// <summary>
/// Which indicators speak for a goal. Most indicators are the council's and hang on the verksamhetsområdesmål
/// (DOMAIN §3.5), so a nämndmål without its own shows those of its verksamhetsområdesmål, labelled as such.
/// </summary>
public sealed record IndicatorSource(Goal Owner, IReadOnlyList<Indicator> Indicators, bool Inherited)
{
    public static IndicatorSource For(Plan plan, Goal goal)
    {
        if (goal.Indicators.Count > 0 || goal.Level is GoalLevel.Inriktningsmal or GoalLevel.Verksamhetsomradesmal)
            return new(goal, goal.Indicators, false);
        return GoalLabels.VerksamhetsomradesAncestor(plan, goal) is { Indicators.Count: > 0 } vo
            ? new(vo, vo.Indicators, true)
            : new(goal, goal.Indicators, false);
    }

    /// <summary>"Indikatorer (3)" or "Indikatorer under verksamhetsområdesmål 3.6 (4)".</summary>
    public string Heading => Inherited
        ? $"Indikatorer under verksamhetsområdesmål {Owner.Number} ({Indicators.Count})"
        : $"Indikatorer ({Indicators.Count})";
}
