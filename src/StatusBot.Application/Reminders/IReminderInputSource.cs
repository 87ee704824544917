using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Store;

namespace StatusBot.Application.Reminders;

/// <summary>Loads what the planner reads; the app's is <see cref="StoreReminderInputSource"/>.</summary>
public interface IReminderInputSource
{
    Task<ReminderInputs> LoadAsync(CancellationToken ct);
}

public sealed class StoreReminderInputSource(IGoalStore goals, IOutcomeStore outcomes, IResponsibilityDirectory directory, IResponsibilityStore? stored = null)
    : IReminderInputSource
{
    public Task<ReminderInputs> LoadAsync(CancellationToken ct) => ReminderInputs.LoadAsync(goals, outcomes, directory, stored, ct);
}
