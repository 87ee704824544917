using StatusBot.Domain.Periods;
using StatusBot.Domain.Store;

namespace StatusBot.Application.Reminders;

/// <summary>What a coordinator's reminder question ended in.</summary>
public abstract record ReminderAnswer;

/// <summary>Only the organisation's coordinators may see and steer reminders.</summary>
public sealed record RemindersNotAllowed : ReminderAnswer;

/// <summary>This installation plans no reminders.</summary>
public sealed record RemindersNotEnabled : ReminderAnswer;

/// <summary>Planning was switched off (or on again) for these organisations.</summary>
public sealed record RemindersPaused(IReadOnlyList<string> Organisations, bool Paused) : ReminderAnswer;

/// <summary>The outbox of one organisation for one period, and whether its reminders are paused.</summary>
public sealed record RemindersListed(string Organisation, ReportingPeriod Period, IReadOnlyList<OutboxItem> Items, bool Paused) : ReminderAnswer;
