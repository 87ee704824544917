using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>
/// "Vilka mål uppfylls delvis?": nämndmål (or the level asked for) whose latest assessment in scope has that
/// bedömning. In scope means the named period, else anything assessed in the year; and under a number when one is
/// named ("vilka nämndmål under 1.3 uppfylls delvis?").
/// </summary>
internal static class BedomningHandler
{
    public static Answer Answer(AnswerContext context)
    {
        var q = context.Question;
        var bedomning = q.Bedomning!.Value;
        // "Mål" without a level means every level the nämnd assesses: inriktningsmål, verksamhetsområdesmål, nämndmål.
        GoalLevel[] levels = q.Level is { } named ? [named] : [GoalLevel.Inriktningsmal, GoalLevel.Verksamhetsomradesmal, GoalLevel.Namndmal];
        var level = q.Level ?? GoalLevel.Namndmal;
        var targets = context.Targets();
        if (targets.Count == 0) return context.NothingForYear();

        var matches = new List<GoalRef>();
        var periods = new SortedSet<ReportingPeriod>();
        foreach (var target in targets)
        {
            var period = q.Period?.Kind is { } kind ? new ReportingPeriod(target.Year, kind) : (ReportingPeriod?)null;
            foreach (var goal in target.Plan.Goals.Where(g => levels.Contains(g.Level)).Select(g => new GoalRef(target.Plan, g)))
            {
                if (!NumberLookup.IsWithin(goal.Goal, q.GoalNumber)) continue;
                var assessment = LatestInScope(goal.Goal, target.Year, period);
                if (assessment is null) continue;
                periods.Add(assessment.Period);
                if (assessment.Bedomning == bedomning || (q.Asks.NotFully && assessment.Bedomning == Bedomning.UppfyllsInte)) matches.Add(goal);
            }
        }

        var what = LevelPlural(level, q.Level is null);
        var label = bedomning.Label().ToLowerInvariant();
        var scope = periods.Count == 0
            ? (q.Period?.Kind is { } k ? $"{k} " : "") + string.Join(", ", targets.Select(t => t.Year).Distinct())
            : string.Join(", ", periods.Reverse());
        var heading = periods.Count == 0
            ? $"Det finns inga bedömningar av {what.ToLowerInvariant()} för {scope} ännu"
            : $"{what} som {label} ({scope})";
        return q.Asks.Count ? new CountAnswer(heading, matches.Count, matches, []) : new GoalListAnswer(heading, matches);
    }

    private static Assessment? LatestInScope(Goal goal, int year, ReportingPeriod? period) =>
        goal.Assessments
            .Where(a => period is { } p ? a.Period == p : a.Period.Year == year)
            .OrderByDescending(a => a.Period)
            .ThenByDescending(a => a.AssessedAt)
            .FirstOrDefault();

    /// <summary>"Mål" when the asker named no level (nämndmål are what people mean), else the level's plural.</summary>
    private static string LevelPlural(GoalLevel level, bool unnamed) => unnamed ? "Mål" : level switch
    {
        GoalLevel.Inriktningsmal => "Inriktningsmål",
        GoalLevel.Verksamhetsomradesmal => "Verksamhetsområdesmål",
        GoalLevel.Namndmal => "Nämndmål",
        _ => "Enhetsmål",
    };
}
