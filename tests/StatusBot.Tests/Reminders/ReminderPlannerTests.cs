using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Application.Reminders;
using static StatusBot.Tests.Reminders.PlannerFixture;

namespace StatusBot.Tests.Reminders;

public class ReminderPlannerTests
{
    private static readonly HashSet<(string, ReportingPeriod)> NothingSubmitted = [];

    private static IReadOnlyList<ReminderMessage> PlanAt(DateTimeOffset now, IReadOnlySet<(string, ReportingPeriod)>? submitted = null, bool escalateToManager = true) =>
        ReminderPlanner.Plan(now, Calendar2025(escalateToManager), [Plan(2025)], Responsibilities(2025), submitted ?? NothingSubmitted, ManagerOf);

    [Fact]
    public void Nothing_is_due_before_the_first_moment()
    {
        Assert.Empty(PlanAt(Local(2025, 4, 10, 7, 59)));
        Assert.NotEmpty(PlanAt(Local(2025, 4, 10, 8, 0)));
    }

    [Fact]
    public void A_chief_with_three_goals_gets_one_message_with_all_three()
    {
        var messages = PlanAt(Local(2025, 4, 10, 9));
        var anna = Assert.Single(messages, m => m.Recipient.Upn == Anna);
        Assert.Equal(ReminderStep.Early, anna.Step);
        Assert.Equal(new ReportingPeriod(2025, PeriodKind.T1), anna.Period);
        Assert.Equal(["3.6.1", "3.6.2", "3.6.3"], anna.Goals.Select(g => g.Number).Order());
        Assert.Equal(ReminderMessage.KeyFor(Anna, anna.Period, ReminderStep.Early), anna.IdempotencyKey);
        Assert.Equal(Local(2025, 4, 10), anna.DueAt);
        Assert.Equal(Local(2025, 5, 5, 23, 59).AddSeconds(59), anna.Deadline);
        Assert.All(messages, m => Assert.Equal(Organisation, m.Organisation));
        // The delegate is reminded too, with the same goal; the other nämnd's people are not.
        Assert.Equal(["1.1.1"], Assert.Single(messages, m => m.Recipient.Upn == Cia).Goals.Select(g => g.Number));
        Assert.Equal(3, messages.Count);
    }

    [Fact]
    public void Submitted_goals_are_not_owed_and_a_person_owing_nothing_gets_nothing()
    {
        var t1 = new ReportingPeriod(2025, PeriodKind.T1);
        var submitted = new HashSet<(string, ReportingPeriod)> { ("g-2025-3.6.1", t1), ("g-2025-1.1.1", t1), ("g-2025-3.6.2", new(2025, PeriodKind.T2)) };
        var messages = PlanAt(Local(2025, 4, 29, 8), submitted);
        var anna = Assert.Single(messages);
        Assert.Equal(Anna, anna.Recipient.Upn);
        Assert.Equal(ReminderStep.Late, anna.Step);
        Assert.Equal(["3.6.2", "3.6.3"], anna.Goals.Select(g => g.Number).Order());
    }

    [Fact]
    public void Escalation_goes_to_coordinators_with_every_missing_goal_and_to_the_chiefs_manager()
    {
        var t1 = new ReportingPeriod(2025, PeriodKind.T1);
        var submitted = new HashSet<(string, ReportingPeriod)> { ("g-2025-3.6.3", t1) };
        var messages = PlanAt(Local(2025, 5, 7, 8), submitted);
        Assert.All(messages, m => Assert.Equal(ReminderStep.Escalation, m.Step));
        var coordinator = Assert.Single(messages, m => m.Recipient.Upn == Coordinator);
        Assert.Equal(["1.1.1", "3.6.1", "3.6.2"], coordinator.Goals.Select(g => g.Number).Order());
        Assert.Equal($"{Bo}, {Cia}", coordinator.Goals.Single(g => g.Number == "1.1.1").Responsible);
        Assert.Equal(Anna, coordinator.Goals.Single(g => g.Number == "3.6.1").Responsible);
        var manager = Assert.Single(messages, m => m.Recipient.Upn == AnnasManager);
        Assert.Equal(Anna, manager.About);
        Assert.Equal(ReminderMessage.KeyFor(AnnasManager, t1, ReminderStep.Escalation, Anna), manager.IdempotencyKey);
        Assert.Equal(["3.6.1", "3.6.2"], manager.Goals.Select(g => g.Number).Order());
        // Chiefs themselves are not escalated to, and Bo has no known manager.
        Assert.Equal(2, messages.Count);
    }

    [Fact]
    public void Without_manager_escalation_only_coordinators_are_told() =>
        Assert.Equal([Coordinator], PlanAt(Local(2025, 5, 7, 8), escalateToManager: false).Select(m => m.Recipient.Upn));

    [Fact]
    public void Early_reminders_are_not_sent_after_the_deadline_and_escalation_not_before_it()
    {
        Assert.All(PlanAt(Local(2025, 5, 6, 12)), m => Assert.NotEqual(ReminderStep.Early, m.Step));
        Assert.Empty(PlanAt(Local(2025, 5, 6, 12)));
        Assert.DoesNotContain(PlanAt(Local(2025, 5, 5, 23)), m => m.Step == ReminderStep.Escalation);
    }

    [Fact]
    public void A_year_without_a_plan_or_responsibilities_plans_nothing() =>
        Assert.Empty(ReminderPlanner.Plan(Local(2025, 4, 10, 9), Calendar2025(), [Plan(2024)], Responsibilities(2025), NothingSubmitted, ManagerOf));
}
