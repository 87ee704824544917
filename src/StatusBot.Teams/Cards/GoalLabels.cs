using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;

namespace StatusBot.Teams.Cards;

/// <summary>How goals and plans are named on cards.</summary>
public static class GoalLabels
{
    /// <summary>"Nämndmål 3.6.1", "KF:s mål för verksamhetsområdet 3.6", "Enhetsmål" (never numbered).</summary>
    public static string LevelAndNumber(Goal goal) =>
        goal.Number is null ? goal.Level.DisplayName() : $"{goal.Level.DisplayName()} {goal.Number}";

    /// <summary>"Enskede-Årsta-Vantörs stadsdelsnämnd · Verksamhetsberättelse 2023".</summary>
    public static string Source(Plan plan) => $"{plan.Organisation} · {plan.Document.DisplayName()} {plan.Year}";

    /// <summary>The goal's ancestors, outermost first (inriktningsmål, then verksamhetsområdesmål, ...).</summary>
    public static IReadOnlyList<Goal> Ancestors(Plan plan, Goal goal)
    {
        var chain = new List<Goal>();
        // Bounded walk: a corrupt parent link must not hang the bot.
        for (var parent = plan.ParentOf(goal); parent is not null && chain.Count < 8; parent = plan.ParentOf(parent))
            chain.Insert(0, parent);
        return chain;
    }

    /// <summary>The verksamhetsområdesmål the goal sits under, if it sits under one.</summary>
    public static Goal? VerksamhetsomradesAncestor(Plan plan, Goal goal) =>
        Ancestors(plan, goal).LastOrDefault(g => g.Level == GoalLevel.Verksamhetsomradesmal);
}
