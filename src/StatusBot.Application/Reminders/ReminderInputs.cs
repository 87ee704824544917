using StatusBot.Application.Responsibilities;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;

namespace StatusBot.Application.Reminders;

/// <summary>Everything the planner reads, loaded once per planning round.</summary>
public sealed record ReminderInputs(
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<Responsibility> Responsibilities,
    IReadOnlySet<(string GoalId, ReportingPeriod Period)> Submitted)
{
    /// <summary>
    /// Plans and submissions from the store; responsibilities from the app's directory and, when the store keeps
    /// imported ones (<see cref="IResponsibilityStore"/>), those too (duplicates removed).
    /// </summary>
    public static async Task<ReminderInputs> LoadAsync(
        IGoalStore goals, IOutcomeStore outcomes, IResponsibilityDirectory directory, IResponsibilityStore? stored, CancellationToken ct)
    {
        var plans = await goals.GetAllPlansAsync(ct);
        var submitted = (await outcomes.AllSubmittedAsync(ct)).Select(e => (e.GoalId, e.Period)).ToHashSet();
        var responsibilities = new List<Responsibility>();
        responsibilities.AddRange(directory.All);
        // Also read the store directly: a directory that caches stored entries may not have loaded them yet (the CLI).
        if (stored is not null) responsibilities.AddRange(await stored.AllAsync(ct));
        return new ReminderInputs(plans, responsibilities.Distinct().ToArray(), submitted);
    }

    public IReadOnlyList<Domain.Reminders.ReminderMessage> Plan(DateTimeOffset now, ReportingCalendar calendar, IManagerDirectory managers) =>
        ReminderPlanner.Plan(now, calendar, Plans, Responsibilities, Submitted, managers.ManagerOf);
}
