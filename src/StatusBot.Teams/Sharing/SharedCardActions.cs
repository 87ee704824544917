using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.AdaptiveCards.Model;
using StatusBot.Application;
using StatusBot.Application.ReadModel;
using StatusBot.Teams.Cards;
using BotActivity = StatusBot.BotFramework.Schema.Activity;

namespace StatusBot.Teams.Sharing;

/// <summary>
/// Card actions on a shared card. A refresh ("visaMal") or leaving the form ("avbryt") answers with the viewer's
/// live card, and a card that comes back with a refresh (the status after a submission) keeps refreshing for all
/// the goal's reporters. Only a card is returned, never a message, so a refresh cannot post anything or loop.
/// </summary>
public sealed class SharedCardActions(SharedStatusCards cards, IGoalIndexSource index)
{
    /// <summary>The viewer's live card for a status verb in a shared context; null to let the ordinary path answer.</summary>
    public AdaptiveCard? TryAnswer(BotActivity activity, string? verb, JsonObject? data, Asker viewer)
    {
        if (verb is not (CardVerbs.VisaMal or CardVerbs.Avbryt) || !SharedConversation.IsShared(activity, data)) return null;
        return GoalOf(data) is { } goal ? cards.ForViewer(goal, viewer) : null;
    }

    /// <summary>A card answered in a shared context that refreshes (the updated status) refreshes for every reporter.</summary>
    public AdaptiveCard KeepLive(BotActivity activity, JsonObject? data, AdaptiveCard card)
    {
        if (card.Refresh is null || !SharedConversation.IsShared(activity, data) || GoalOf(data) is not { } goal) return card;
        return cards.Live(card, goal);
    }

    private GoalRef? GoalOf(JsonObject? data) =>
        data?[CardData.GoalId] is JsonValue id && id.GetValueKind() == JsonValueKind.String ? index.Current.FindById(id.GetValue<string>()) : null;
}
