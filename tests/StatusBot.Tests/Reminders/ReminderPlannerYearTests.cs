using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Application.Reminders;
using static StatusBot.Tests.Reminders.PlannerFixture;

namespace StatusBot.Tests.Reminders;

/// <summary>A clock ticking every 15 minutes through whole years: every reminder first appears at its exact moment.</summary>
public class ReminderPlannerYearTests
{
    public static TheoryData<int, string, string, string> Years => new()
    {
        { 2024, "2024-04-03", "2024-09-02", "2025-01-27" }, // T1 right after Easter and DST; VB after nyår and trettondagen
        { 2025, "2025-05-05", "2025-09-08", "2026-01-26" }, // T1 after 1 maj, Easter inside the early window
        { 2026, "2026-05-04", "2026-09-07", "2027-01-25" },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void Every_step_fires_once_at_its_moment_never_before(int year, string t1, string t2, string vb)
    {
        var calendar = Calendar(year, DateOnly.Parse(t1), DateOnly.Parse(t2), DateOnly.Parse(vb));
        var plans = new[] { Plan(year) };
        var responsibilities = Responsibilities(year);
        var submitted = new HashSet<(string, ReportingPeriod)>();
        var firstSeen = new Dictionary<string, (DateTimeOffset At, ReminderMessage Message)>();

        var start = Local(year, 1, 1, 0);
        var end = Local(year + 1, 3, 1, 0);
        for (var now = start; now < end; now = now.AddMinutes(15))
        {
            foreach (var m in ReminderPlanner.Plan(now, calendar, plans, responsibilities, submitted, ManagerOf))
            {
                Assert.True(m.DueAt <= now);
                firstSeen.TryAdd(m.IdempotencyKey, (now, m));
            }
            // Bo reports T2 the day after its late reminder: he owes nothing afterwards, Cia neither.
            if (firstSeen.ContainsKey(ReminderMessage.KeyFor(Bo, new(year, PeriodKind.T2), ReminderStep.Late)))
                submitted.Add(("g-" + year + "-1.1.1", new ReportingPeriod(year, PeriodKind.T2)));
        }

        foreach (var (kind, deadline) in calendar.Deadlines)
        {
            var period = new ReportingPeriod(year, kind);
            foreach (var step in new[] { ReminderStep.Early, ReminderStep.Late, ReminderStep.DeadlineDay })
            {
                var key = ReminderMessage.KeyFor(Anna, period, step);
                Assert.True(firstSeen.TryGetValue(key, out var seen), $"missing {key}");
                Assert.Equal(seen.Message.DueAt, seen.At); // the tick of 15 minutes hits 08:00 exactly
                var local = StockholmTime.ToLocal(seen.At);
                Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(local.DateTime));
                Assert.True(SwedishWorkingDays.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)), $"{key} on {local:yyyy-MM-dd}");
                Assert.True(seen.At < deadline.Moment);
            }
            var escalation = firstSeen[ReminderMessage.KeyFor(Coordinator, period, ReminderStep.Escalation)];
            Assert.True(escalation.At > deadline.Moment);
            Assert.Equal(DateOnly.FromDateTime(StockholmTime.ToLocal(escalation.At).DateTime), SwedishWorkingDays.AddWorkingDays(deadline.Date, 2));
            Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(StockholmTime.ToLocal(escalation.At).DateTime));
            Assert.Contains(ReminderMessage.KeyFor(AnnasManager, period, ReminderStep.Escalation, Anna), firstSeen.Keys);
        }

        var second = new ReportingPeriod(year, PeriodKind.T2);
        Assert.Contains(ReminderMessage.KeyFor(Cia, second, ReminderStep.Late), firstSeen.Keys);
        Assert.DoesNotContain(ReminderMessage.KeyFor(Bo, second, ReminderStep.DeadlineDay), firstSeen.Keys);
        Assert.DoesNotContain(ReminderMessage.KeyFor(Cia, second, ReminderStep.DeadlineDay), firstSeen.Keys);
        Assert.DoesNotContain(firstSeen.Values, s => s.Message.Period == second && s.Message.Step == ReminderStep.Escalation && s.Message.Goals.Any(g => g.Number == "1.1.1"));
        // 3 periods × (3 steps × Anna, Bo, Cia + coordinator + manager), less Bo's and Cia's T2 deadline-day reminder.
        Assert.Equal(3 * (3 * 3 + 2) - 2, firstSeen.Count);
    }
}
