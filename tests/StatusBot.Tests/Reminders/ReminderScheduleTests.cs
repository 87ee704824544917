using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Application.Reminders;
using static StatusBot.Tests.Reminders.PlannerFixture;

namespace StatusBot.Tests.Reminders;

public class ReminderScheduleTests
{
    private static DateTimeOffset Due(ReportingCalendar calendar, PeriodKind kind, ReminderStep step) =>
        ReminderSchedule.For(calendar).Single(m => m.Period.Kind == kind && m.Step == step).DueAt;

    [Theory]
    // 2025 T1 on Monday 5 May: 14 working days back skips 1 maj, annandag påsk and långfredag.
    [InlineData(2025, "2025-05-05", ReminderStep.Early, "2025-04-10T08:00")]
    [InlineData(2025, "2025-05-05", ReminderStep.Late, "2025-04-29T08:00")]
    [InlineData(2025, "2025-05-05", ReminderStep.DeadlineDay, "2025-05-05T08:00")]
    [InlineData(2025, "2025-05-05", ReminderStep.Escalation, "2025-05-07T08:00")]
    // 2024 T1 on Wednesday 3 April, right after Easter (and after the DST change of 31 March).
    [InlineData(2024, "2024-04-03", ReminderStep.Late, "2024-03-27T08:00")]
    [InlineData(2024, "2024-04-03", ReminderStep.Early, "2024-03-12T08:00")]
    [InlineData(2024, "2024-04-03", ReminderStep.Escalation, "2024-04-05T08:00")]
    // Kristi himmelsfärd 2026, nationaldagen 2025, midsommarafton 2026.
    [InlineData(2026, "2026-05-18", ReminderStep.Late, "2026-05-12T08:00")]
    [InlineData(2025, "2025-06-10", ReminderStep.Late, "2025-06-04T08:00")]
    [InlineData(2026, "2026-06-23", ReminderStep.Late, "2026-06-17T08:00")]
    [InlineData(2026, "2026-06-17", ReminderStep.Escalation, "2026-06-22T08:00")]
    // Christmas and New Year: escalation of a deadline on 27 December lands on 2 January.
    [InlineData(2024, "2024-12-27", ReminderStep.Escalation, "2025-01-02T08:00")]
    // DST weeks: 2025-03-30 and 2026-10-25.
    [InlineData(2025, "2025-03-31", ReminderStep.Late, "2025-03-26T08:00")]
    [InlineData(2025, "2025-03-31", ReminderStep.DeadlineDay, "2025-03-31T08:00")]
    [InlineData(2026, "2026-10-26", ReminderStep.Late, "2026-10-21T08:00")]
    [InlineData(2026, "2026-10-26", ReminderStep.DeadlineDay, "2026-10-26T08:00")]
    [InlineData(2026, "2026-10-22", ReminderStep.Escalation, "2026-10-26T08:00")]
    public void Each_step_lands_on_the_right_working_day_at_eight_local(int year, string deadline, ReminderStep step, string expectedLocal)
    {
        var d = DateOnly.Parse(deadline);
        var calendar = Calendar(year, d, d, d);
        var due = Due(calendar, PeriodKind.T1, step);
        Assert.True(StockholmTime.TryParse(expectedLocal, out var expected));
        Assert.Equal(expected, due);
        var local = StockholmTime.ToLocal(due);
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(local.DateTime));
        Assert.True(SwedishWorkingDays.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)));
    }

    [Fact]
    public void A_step_inside_quiet_hours_moves_to_their_end_on_the_next_working_day()
    {
        // Sent at 19:00 (inside 18:00–07:00): the late reminder of a Tuesday deadline falls on Wednesday the week
        // before, moves to Thursday 07:00; an escalation falling on a Friday evening moves to Monday 07:00.
        var calendar = Calendar(2025, new(2025, 9, 8), new(2025, 9, 8), new(2025, 9, 8), sendTime: new TimeOnly(19, 0));
        Assert.Equal(Local(2025, 9, 4, 7), Due(calendar, PeriodKind.T1, ReminderStep.Late)); // Wed 3 Sep 19:00 → Thu 07:00
        var friday = Calendar(2025, new(2025, 9, 3), new(2025, 9, 3), new(2025, 9, 3), sendTime: new TimeOnly(19, 0));
        Assert.Equal(Local(2025, 9, 8, 7), Due(friday, PeriodKind.T1, ReminderStep.Escalation)); // Fri 5 Sep 19:00 → Mon 07:00
        var early = Calendar(2025, new(2025, 9, 8), new(2025, 9, 8), new(2025, 9, 8), sendTime: new TimeOnly(6, 0));
        Assert.Equal(Local(2025, 9, 3, 7), Due(early, PeriodKind.T1, ReminderStep.Late)); // 06:00 → 07:00 the same day
    }

    [Fact]
    public void A_deadline_on_a_day_off_gets_its_last_day_reminder_on_the_working_day_before()
    {
        // Midsommarafton 2025 is Friday 20 June: the reminder comes on Thursday at 08:00.
        var calendar = Calendar(2025, new(2025, 6, 20), new(2025, 6, 20), new(2025, 6, 20));
        Assert.Equal(Local(2025, 6, 19), Due(calendar, PeriodKind.T1, ReminderStep.DeadlineDay));
    }

    [Fact]
    public void VB_of_a_year_is_due_in_January_of_the_next()
    {
        var calendar = Calendar2025();
        Assert.Equal(Local(2026, 1, 5), Due(calendar, PeriodKind.VB, ReminderStep.Early)); // skips trettondedag jul
        Assert.Equal(Local(2026, 1, 28), Due(calendar, PeriodKind.VB, ReminderStep.Escalation));
    }
}
