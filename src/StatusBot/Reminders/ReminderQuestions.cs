using StatusBot.Cards.Builders;
using StatusBot.Cards.Model;
using StatusBot.Conversation;
using StatusBot.Conversation.Answers;
using StatusBot.Conversation.Responsibilities;
using StatusBot.Conversation.Understanding;
using StatusBot.Domain.People;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Store;

namespace StatusBot.Reminders;

/// <summary>
/// Coordinators' questions about reminders: "påminnelser T2" lists the outbox for their organisation and period;
/// "pausa påminnelser" / "återuppta påminnelser" switch planning off and on. Only the organisation's coordinators
/// (role Coordinator) may: the list names people, and a pause silences everyone's reminders.
/// </summary>
public sealed class ReminderQuestions(IResponsibilityDirectory directory, TimeProvider time, IReminderOutbox? outbox = null)
{
    internal const string NotCoordinator =
        "Bara nämndens samordnare kan se och styra påminnelserna. Hör av dig till din samordnare om något behöver ändras.";

    internal const string NotEnabled = "Påminnelser är inte påslagna i den här installationen.";

    public async Task<AdaptiveCard> AnswerAsync(ReminderRequestAnswer request, Asker asker, CancellationToken ct = default)
    {
        var organisations = CoordinatedBy(asker, request.OrganisationHint);
        if (organisations.Count == 0) return MessageCard.Build("Påminnelser", NotCoordinator);
        if (outbox is null) return MessageCard.Build("Påminnelser", NotEnabled);
        var by = asker.Upn ?? asker.UserId;
        switch (request.Intent)
        {
            case Intent.PauseReminders:
                foreach (var organisation in organisations) await outbox.SetPausedAsync(organisation, true, by, ct);
                return MessageCard.Build("Påminnelserna är pausade",
                    $"Inga nya påminnelser skickas för {string.Join(", ", organisations)} förrän du skriver \"återuppta påminnelser\".");
            case Intent.ResumeReminders:
                foreach (var organisation in organisations) await outbox.SetPausedAsync(organisation, false, by, ct);
                return MessageCard.Build("Påminnelserna är igång igen",
                    $"Påminnelser för {string.Join(", ", organisations)} planeras igen; de som blev aktuella under pausen skickas nu.");
            default:
                var period = PeriodOf(request.Period);
                var first = organisations[0];
                var items = await outbox.ListAsync(first, period, ct);
                var paused = await outbox.IsPausedAsync(first, ct);
                return RemindersCard.Build($"Påminnelser {period} – {first}", items, paused);
        }
    }

    /// <summary>The organisations the asker coordinates, narrowed to the one they named, if any.</summary>
    private IReadOnlyList<string> CoordinatedBy(Asker asker, string? hint)
    {
        var all = directory.GoalsFor(asker)
            .Where(r => r.Role == ResponsibilityRole.Coordinator)
            .Select(r => r.Organisation)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        if (string.IsNullOrWhiteSpace(hint)) return all;
        return all.Where(o => o.Contains(hint.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
    }

    /// <summary>The period named; a missing kind or year is today's (Stockholm).</summary>
    private ReportingPeriod PeriodOf(PeriodScope? scope)
    {
        var today = StockholmTime.Today(time);
        var current = ReportingPeriod.Containing(today);
        return new ReportingPeriod(scope?.Year ?? today.Year, scope?.Kind ?? current.Kind);
    }
}
