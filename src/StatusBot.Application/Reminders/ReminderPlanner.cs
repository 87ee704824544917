using StatusBot.Domain.Goals;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Reminders;

namespace StatusBot.Application.Reminders;

/// <summary>
/// Which reminders are due at a moment: pure (no clock, no store), so whole years can be tested with a fake clock.
/// Every responsible person (ansvarig and delegates alike, since either may report) gets one message per step with
/// every goal they still owe; after the deadline the coordinators get one message listing every missing goal and
/// its people, and, where configured, each ansvarig's manager one message about that chief's goals. Keys are
/// (person, period, step[, chief]), so running the planner every few minutes is safe behind the deduping outbox.
/// </summary>
public static class ReminderPlanner
{
    public static IReadOnlyList<ReminderMessage> Plan(
        DateTimeOffset now,
        ReportingCalendar calendar,
        IReadOnlyList<Plan> plans,
        IReadOnlyList<Responsibility> responsibilities,
        IReadOnlySet<(string GoalId, ReportingPeriod Period)> submitted,
        Func<string, string?> managerOf)
    {
        var due = ReminderSchedule.For(calendar).Where(m => m.DueAt <= now && now < m.RelevantUntil).ToArray();
        if (due.Length == 0) return [];
        var assignments = Assignments(calendar, plans, responsibilities);
        var messages = new List<ReminderMessage>();
        foreach (var moment in due)
        {
            var owed = assignments.Where(a => !submitted.Contains((a.Goal.Id, moment.Period))).ToArray();
            if (owed.Length == 0) continue;
            if (moment.Step == ReminderStep.Escalation) Escalate(calendar, moment, owed, responsibilities, managerOf, messages);
            else Remind(calendar, moment, owed, messages);
        }
        return messages;
    }

    /// <summary>One owed goal and one person answering for it.</summary>
    private sealed record Assignment(Goal Goal, PersonRef Person, ResponsibilityRole Role)
    {
        public string PersonKey => PersonKeyOf(Person);
    }

    public static string PersonKeyOf(PersonRef person) =>
        (string.IsNullOrWhiteSpace(person.Upn) ? person.AadObjectId ?? "" : person.Upn).Trim().ToLowerInvariant();

    private static void Remind(ReportingCalendar calendar, StepMoment moment, Assignment[] owed, List<ReminderMessage> messages)
    {
        foreach (var person in owed.GroupBy(a => a.PersonKey).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = person.First().Person;
            messages.Add(Message(calendar, moment, person.Key, Recipient(first), Goals(person)));
        }
    }

    private static void Escalate(
        ReportingCalendar calendar, StepMoment moment, Assignment[] owed, IReadOnlyList<Responsibility> responsibilities,
        Func<string, string?> managerOf, List<ReminderMessage> messages)
    {
        var everyMissing = owed.GroupBy(a => a.Goal.Id)
            .Select(g => Owed(g.First().Goal) with { Responsible = string.Join(", ", g.Where(a => a.Role == ResponsibilityRole.Ansvarig).Concat(g).Select(a => a.PersonKey).Distinct()) })
            .ToArray();
        var coordinators = calendar.Coordinators.Select(c => new PersonRef(c))
            .Concat(responsibilities.Where(r => r.Role == ResponsibilityRole.Coordinator && r.Year == calendar.Year && Same(r.Organisation, calendar.Organisation)).Select(r => r.Person))
            .DistinctBy(PersonKeyOf)
            .Where(p => PersonKeyOf(p).Length > 0);
        foreach (var coordinator in coordinators)
            messages.Add(Message(calendar, moment, PersonKeyOf(coordinator), Recipient(coordinator), everyMissing));

        if (!calendar.EscalateToManager) return;
        foreach (var chief in owed.Where(a => a.Role == ResponsibilityRole.Ansvarig).GroupBy(a => a.PersonKey).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var manager = string.IsNullOrWhiteSpace(chief.First().Person.Upn) ? null : managerOf(chief.First().Person.Upn);
            if (string.IsNullOrWhiteSpace(manager)) continue;
            messages.Add(Message(calendar, moment, manager.Trim().ToLowerInvariant(), new ReminderRecipient(manager.Trim(), null), Goals(chief), about: chief.Key));
        }
    }

    private static ReminderMessage Message(ReportingCalendar calendar, StepMoment moment, string personKey, ReminderRecipient recipient, IReadOnlyList<OwedGoal> goals, string? about = null) =>
        new(ReminderMessage.KeyFor(personKey, moment.Period, moment.Step, about), calendar.Organisation, moment.Period, moment.Step, recipient, moment.Deadline, goals)
        {
            DueAt = moment.DueAt,
            About = about,
        };

    private static ReminderRecipient Recipient(PersonRef p) => new(p.Upn, p.AadObjectId, p.DisplayName);

    private static OwedGoal[] Goals(IEnumerable<Assignment> assignments) =>
        assignments.Select(a => a.Goal).DistinctBy(g => g.Id).Select(Owed).ToArray();

    private static OwedGoal Owed(Goal g) => new(g.Id, g.Number, g.Title);

    /// <summary>
    /// The goals of the calendar's organisation and year that someone answers for. A goal number is looked up in the
    /// organisation's verksamhetsplan first (the form reports against it), else its verksamhetsberättelse; a number
    /// no plan has is skipped, since no form could be opened for it.
    /// </summary>
    private static Assignment[] Assignments(ReportingCalendar calendar, IReadOnlyList<Plan> plans, IReadOnlyList<Responsibility> responsibilities)
    {
        var ofOrganisation = plans
            .Where(p => p.Year == calendar.Year && (Same(p.Organisation, calendar.Organisation) || Same(p.ParentOrganisation, calendar.Organisation)))
            .OrderBy(p => Same(p.Organisation, calendar.Organisation) ? 0 : 1)
            .ThenBy(p => p.Document == DocumentKind.Verksamhetsplan ? 0 : 1)
            .ToArray();
        var result = new List<Assignment>();
        foreach (var r in responsibilities)
        {
            if (r.Role == ResponsibilityRole.Coordinator || r.GoalNumber is null || r.Year != calendar.Year || !Same(r.Organisation, calendar.Organisation)) continue;
            if (PersonKeyOf(r.Person).Length == 0) continue;
            var goal = ofOrganisation.Select(p => p.FindByNumber(r.GoalNumber)).FirstOrDefault(g => g is not null);
            if (goal is not null) result.Add(new Assignment(goal, r.Person, r.Role));
        }
        return result.DistinctBy(a => (a.Goal.Id, a.PersonKey)).ToArray();
    }

    private static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
