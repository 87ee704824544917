using StatusBot.AdaptiveCards.Model;
using StatusBot.Domain.Store;
using StatusBot.Application.Reminders;
using StatusBot.AdaptiveCards;

namespace StatusBot.Teams.Cards;

/// <summary>"Påminnelser T2": what the outbox holds for an organisation and period, failures first.</summary>
public static class RemindersCard
{
    public static AdaptiveCard Build(string heading, IReadOnlyList<OutboxItem> items, bool paused)
    {
        int[] limits = [25, 10, 3];
        return CardBudget.FirstThatFits(limits, rows => Build(heading, items, paused, rows));
    }

    private static AdaptiveCard Build(string heading, IReadOnlyList<OutboxItem> items, bool paused, int maxRowsPerSection)
    {
        var sent = items.Count(i => i.State == OutboxState.Sent);
        var failed = items.Count(i => i.State is OutboxState.Failed or OutboxState.GivenUp);
        var pending = items.Count(i => i.State == OutboxState.Pending);
        var summary = $"{sent} skickade, {pending} väntar, {failed} misslyckade.";
        var card = new AdaptiveCard { MsTeams = TeamsCardProperties.FullWidth, FallbackText = $"{heading}: {summary}" };
        card.Body.Add(Blocks.Title(heading));
        card.Body.Add(Blocks.Subtle(paused ? $"Påminnelserna är pausade. {summary}" : summary));
        if (items.Count == 0)
        {
            card.Body.Add(Blocks.Text("Inga påminnelser är planerade eller skickade för perioden ännu."));
            return card;
        }
        Section(card, "Misslyckade", items.Where(i => i.State is OutboxState.Failed or OutboxState.GivenUp), Failure, maxRowsPerSection);
        Section(card, "Väntar", items.Where(i => i.State == OutboxState.Pending), i => $"skickas {ReminderStepNames.Local(i.NextAttemptAt ?? i.Message.DueAt)}", maxRowsPerSection);
        Section(card, "Skickade", items.Where(i => i.State == OutboxState.Sent), i => i.SentAt is { } at ? $"skickad {ReminderStepNames.Local(at)}" : "skickad", maxRowsPerSection);
        return card;
    }

    private static string Failure(OutboxItem i) =>
        (i.State == OutboxState.GivenUp ? "gav upp" : $"försöker igen {(i.NextAttemptAt is { } at ? ReminderStepNames.Local(at) : "")}".TrimEnd())
        + $" efter {i.Attempts} försök" + (i.LastError is { Length: > 0 } e ? $": {e}" : "");

    private static void Section(AdaptiveCard card, string title, IEnumerable<OutboxItem> items, Func<OutboxItem, string> state, int max)
    {
        var list = items.OrderBy(i => i.Message.DueAt).ThenBy(i => i.Message.Recipient.Upn, StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count == 0) return;
        card.Body.Add(Blocks.SectionHeading($"{title} ({list.Count})"));
        foreach (var i in list.Take(max))
        {
            var m = i.Message;
            var about = m.About is null ? "" : $" om {m.About}";
            card.Body.Add(Blocks.Text($"{m.Step.DisplayName()} till {m.Recipient.DisplayName ?? m.Recipient.Upn}{about}: {m.Goals.Count} mål – {state(i)}"));
        }
        if (list.Count > max) card.Body.Add(Blocks.More(list.Count - max));
    }
}
