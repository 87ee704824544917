using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Conversation.Scoping;
using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Conversation.Handlers;

/// <summary>
/// "Vem har inte rapporterat T2?": for the asker's organisation and year, each responsible person with the goals they
/// answer for that have no submitted outcome for the period, and the nämndmål nobody answers for. A submission
/// shows in the read model as an assessment with a time (imported assessments have none).
/// </summary>
internal static class NotReportedHandler
{
    public static Answer Answer(AnswerContext context)
    {
        var targets = context.Targets();
        if (targets.Count == 0) return context.NothingForYear();

        var byPerson = new Dictionary<PersonRef, List<GoalRef>>();
        var unassigned = new List<GoalRef>();
        var periods = new SortedSet<ReportingPeriod>();
        foreach (var target in targets)
        {
            var period = context.PeriodFor(target.Year);
            periods.Add(period);
            foreach (var goal in target.Plan.Goals)
            {
                if (HasSubmission(goal, period)) continue;
                var responsible = context.Responsibilities.ResponsibleFor(target.Plan, goal);
                if (responsible.Count == 0)
                {
                    if (goal.Level == GoalLevel.Namndmal) unassigned.Add(new GoalRef(target.Plan, goal));
                    continue;
                }
                foreach (var person in responsible)
                {
                    if (!byPerson.TryGetValue(person, out var goals)) byPerson[person] = goals = [];
                    goals.Add(new GoalRef(target.Plan, goal));
                }
            }
        }

        var label = string.Join(", ", periods);
        var where = string.Join(", ", targets.Select(t => t.Organisation).Distinct());
        if (byPerson.Count == 0 && unassigned.Count == 0)
            return new TextAnswer($"Alla har rapporterat {label} för {where}.");
        var groups = byPerson
            .OrderBy(p => p.Key.DisplayName ?? p.Key.Upn, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new NotReportedGroup(p.Key, p.Value))
            .ToList();
        if (unassigned.Count > 0) groups.Add(new NotReportedGroup(null, unassigned));
        return new NotReportedAnswer($"Har inte rapporterat {label} – {where}", groups) { Periods = [.. periods] };
    }

    internal static bool HasSubmission(Goal goal, ReportingPeriod period) =>
        goal.Assessments.Any(a => a.Period == period && a.AssessedAt is not null);
}
