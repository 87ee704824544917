using StatusBot.AdaptiveCards.Model;
using StatusBot.Application;
using StatusBot.Application.Outcomes;
using StatusBot.BotFramework.Schema;
using StatusBot.Teams.Cards;

namespace StatusBot.Teams.Bot;

/// <summary>The card for every outcome result: the form (with its errors), the updated status, a conflict, a refusal.</summary>
public sealed class OutcomeCards(AnswerCards cards)
{
    /// <summary>What a chief reads when the store cannot be reached; nothing was saved.</summary>
    public const string StoreUnavailableText = "Det gick inte att spara just nu. Försök igen om en stund.";

    public const string RefusedHeading = "Du kan inte rapportera det här målet";

    public AdaptiveCard Render(OutcomeResult result, Asker asker) => result switch
    {
        OutcomeFormResult f => OutcomeFormCard.Build(f.Form),
        OutcomeStored s => UpdatedStatusCard(s, asker),
        OutcomeConflict { Current: { } current } c => OutcomeConflictCard.Build(c.Target.Goal, c.Period, current),
        OutcomeConflict => MessageCard.Error("Målet har ändrats sedan formuläret öppnades. Öppna formuläret på nytt."),
        OutcomeRefused r => MessageCard.Build(RefusedHeading,
            $"Utfall för {r.Target.Goal.DisplayLabel} rapporteras av målets ansvariga, deras ersättare och nämndens samordnare. " +
            "Du kan fortfarande se målets status. Hör av dig till samordnaren om du borde ha behörighet."),
        OutcomeStoreUnavailable => MessageCard.Error(StoreUnavailableText),
        OutcomeNotStored n => MessageCard.Error(
            $"Ditt utfall för {n.Target.Goal.DisplayLabel} sparades inte, eftersom Teams skickade det med en åtgärd som redan använts. " +
            "Öppna formuläret igen och skicka in på nytt."),
        OutcomeHistory h => OutcomeHistoryCard.Build(h.Target.Goal, h.Entries),
        _ => MessageCard.Error("Jag kunde inte visa svaret."),
    };

    /// <summary>
    /// The status card from the reloaded read model, with the confirmation on top (not on a replayed delivery) and a
    /// refresh so that everyone responsible who sees the same message in Teams gets the new state too.
    /// </summary>
    private AdaptiveCard UpdatedStatusCard(OutcomeStored stored, Asker asker)
    {
        var card = cards.StatusCard(stored.Current.Plan, stored.Current.Goal, stored.Period, asker);
        if (!stored.Replayed)
        {
            var confirmation = $"Tack! Ditt utfall för {stored.Period} är inskickat.";
            card.Body.Insert(0, Blocks.Strong(confirmation));
            card.FallbackText = $"{confirmation} {card.FallbackText}";
        }
        var viewers = stored.ResponsibleUserIds.Select(TeamsIds.UserMri).Distinct(StringComparer.OrdinalIgnoreCase).Take(Refresh.MaxUserIds);
        card.Refresh = new Refresh(GoalActions.ShowGoal(stored.Current.Goal.Id, "Uppdatera")) { UserIds = [.. viewers] };
        return card;
    }
}
