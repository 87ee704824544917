using Microsoft.Extensions.DependencyInjection.Extensions;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.Store;

namespace StatusBot.Application.Reminders;

/// <summary>Registers the reminder planning: calendars, inputs, and (when <c>Reminders:Enabled</c>) the scheduler.</summary>
public static class ReminderServices
{
    public const string EnabledKey = "Reminders:Enabled";

    public static IServiceCollection AddReminderPlanning(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IReadOnlyList<ReportingCalendar>>(_ => ReportingCalendars.Load(configuration));
        services.TryAddSingleton<IManagerDirectory, NoManagers>();
        services.TryAddSingleton<IReminderInputSource>(sp => new StoreReminderInputSource(
            sp.GetRequiredService<IGoalStore>(), sp.GetRequiredService<IOutcomeStore>(),
            sp.GetRequiredService<IResponsibilityDirectory>(), sp.GetService<IResponsibilityStore>()));
        services.TryAddSingleton(sp => new ReminderQuestions(
            sp.GetRequiredService<GoalOwnership>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<IReminderOutbox>()));
        if (!configuration.GetValue(EnabledKey, false)) return services;
        services.AddHostedService(sp => new ReminderScheduler(
            sp.GetRequiredService<IReadOnlyList<ReportingCalendar>>(),
            sp.GetRequiredService<IReminderInputSource>(),
            sp.GetRequiredService<IReminderOutbox>(),
            sp.GetRequiredService<IManagerDirectory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ReminderScheduler>>(),
            TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue(ReminderScheduler.IntervalKey, ReminderScheduler.DefaultIntervalMinutes)))));
        return services;
    }
}
