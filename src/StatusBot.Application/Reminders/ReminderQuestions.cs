using StatusBot.Application.Conversation;
using StatusBot.Application.Conversation.Answers;
using StatusBot.Application.Responsibilities;
using StatusBot.Application.Conversation.Understanding;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Store;

namespace StatusBot.Application.Reminders;

/// <summary>
/// Coordinators' questions about reminders: "påminnelser T2" lists the outbox for their organisation and period;
/// "pausa påminnelser" / "återuppta påminnelser" switch planning off and on. Only the organisation's coordinators
/// (role Coordinator, <see cref="GoalOwnership.CoordinatedBy"/>) may: the list names people, and a pause silences
/// everyone's reminders.
/// </summary>
public sealed class ReminderQuestions(GoalOwnership ownership, TimeProvider time, IReminderOutbox? outbox = null)
{
    public async Task<ReminderAnswer> AnswerAsync(ReminderRequestAnswer request, Asker asker, CancellationToken ct = default)
    {
        var organisations = ownership.CoordinatedBy(asker, request.OrganisationHint);
        if (organisations.Count == 0) return new RemindersNotAllowed();
        if (outbox is null) return new RemindersNotEnabled();
        var by = asker.Upn ?? asker.UserId;
        switch (request.Intent)
        {
            case Intent.PauseReminders:
                foreach (var organisation in organisations) await outbox.SetPausedAsync(organisation, true, by, ct);
                return new RemindersPaused(organisations, Paused: true);
            case Intent.ResumeReminders:
                foreach (var organisation in organisations) await outbox.SetPausedAsync(organisation, false, by, ct);
                return new RemindersPaused(organisations, Paused: false);
            default:
                var period = PeriodOf(request.Period);
                var first = organisations[0];
                var items = await outbox.ListAsync(first, period, ct);
                var paused = await outbox.IsPausedAsync(first, ct);
                return new RemindersListed(first, period, items, paused);
        }
    }

    /// <summary>The period named; a missing kind or year is today's (Stockholm).</summary>
    private ReportingPeriod PeriodOf(PeriodScope? scope)
    {
        var today = StockholmTime.Today(time);
        var current = ReportingPeriod.Containing(today);
        return new ReportingPeriod(scope?.Year ?? today.Year, scope?.Kind ?? current.Kind);
    }
}
