using StatusBot.Domain.Assessments;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Plans;

namespace StatusBot.Domain.Outcomes;

/// <summary>
/// Shows submitted outcomes on the plan they belong to: the newest submission per goal and period becomes that
/// period's assessment and indicator outcomes. Imported assessments of the same period are replaced, since a chief's
/// later report supersedes what a document said.
/// </summary>
public static class OutcomeProjection
{
    public static void Apply(Plan plan, IEnumerable<OutcomeEntry> submitted)
    {
        var goals = plan.Goals.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var latest = submitted
            .Where(e => e.State == OutcomeState.Submitted && goals.ContainsKey(e.GoalId))
            .GroupBy(e => (e.GoalId, e.Period))
            .Select(g => g.MaxBy(e => e.Version)!);
        foreach (var entry in latest)
        {
            var goal = goals[entry.GoalId];
            if (entry.Content.Bedomning is { } bedomning)
            {
                goal.Assessments.RemoveAll(a => a.Period == entry.Period);
                goal.Assessments.Add(new Assessment(entry.Period, bedomning)
                {
                    Analysis = entry.Content.Analysis,
                    AssessedAt = entry.RecordedAt,
                    AssessedBy = entry.AuthorName ?? entry.AuthorId,
                });
            }
            foreach (var value in entry.Content.Indicators)
            {
                var indicator = goal.Indicators.FirstOrDefault(i => i.Id == value.IndicatorId);
                if (indicator is null) continue;
                indicator.Outcomes.RemoveAll(o => o.Period == entry.Period);
                indicator.Outcomes.Add(new IndicatorOutcome(entry.Period, value.Total) { Men = value.Men, Women = value.Women, Analysis = value.Analysis });
            }
            foreach (var report in entry.Content.Activities)
            {
                var activity = goal.Activities.FirstOrDefault(a => a.Id == report.ActivityId);
                if (activity is null) continue;
                activity.Deviation = report.Status == ActivityStatus.Avvikelse;
                if (report.Analysis is not null) activity.Analysis = report.Analysis;
            }
        }
    }
}
