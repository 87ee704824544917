using StatusBot.AdaptiveCards.Model;
using StatusBot.Application.Reminders;
using StatusBot.Teams.Cards;

namespace StatusBot.Teams.Bot;

/// <summary>The card for a coordinator's reminder question.</summary>
public static class ReminderCards
{
    public const string NotCoordinator =
        "Bara nämndens samordnare kan se och styra påminnelserna. Hör av dig till din samordnare om något behöver ändras.";

    public const string NotEnabled = "Påminnelser är inte påslagna i den här installationen.";

    public static AdaptiveCard Render(ReminderAnswer answer) => answer switch
    {
        RemindersNotAllowed => MessageCard.Build("Påminnelser", NotCoordinator),
        RemindersNotEnabled => MessageCard.Build("Påminnelser", NotEnabled),
        RemindersPaused { Paused: true } p => MessageCard.Build("Påminnelserna är pausade",
            $"Inga nya påminnelser skickas för {string.Join(", ", p.Organisations)} förrän du skriver \"återuppta påminnelser\"."),
        RemindersPaused p => MessageCard.Build("Påminnelserna är igång igen",
            $"Påminnelser för {string.Join(", ", p.Organisations)} planeras igen; de som blev aktuella under pausen skickas nu."),
        RemindersListed l => RemindersCard.Build($"Påminnelser {l.Period} – {l.Organisation}", l.Items, l.Paused),
        _ => MessageCard.Error("Jag kunde inte visa svaret."),
    };
}
