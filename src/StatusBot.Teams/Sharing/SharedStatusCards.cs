using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.Application;
using StatusBot.Application.ReadModel;
using StatusBot.Application.Sharing;
using StatusBot.BotFramework.Schema;
using StatusBot.Domain.Periods;
using StatusBot.Teams.Cards;

namespace StatusBot.Teams.Sharing;

/// <summary>
/// The live status card for shared conversations. Everyone sees the read-only card; its Universal Actions refresh
/// lists the goal's reporters (Ansvarig, delegates, coordinators; at most 60), whose clients ask the bot for their
/// own view, the one with "Rapportera utfall". After a submission every refresh shows the new assessment.
/// </summary>
public sealed class SharedStatusCards(StatusCardViews cards, GoalReporters reporters, IOptions<GoalLinkOptions> links)
{
    public const string OpenInBrowserTitle = "Öppna i webbläsaren";

    /// <summary>The card as posted: nobody's buttons, refreshing for the reporters.</summary>
    public AdaptiveCard ForEveryone(GoalRef goal, ReportingPeriod? scope = null) =>
        Live(cards.ReadOnly(goal.Plan, goal.Goal, scope), goal);

    /// <summary>The card as one viewer's refresh or action returns it: their buttons, still live for the others.</summary>
    public AdaptiveCard ForViewer(GoalRef goal, Asker viewer) =>
        Live(cards.ForViewer(goal.Plan, goal.Goal, null, viewer), goal);

    /// <summary>Makes a card the bot built for the goal (e.g. the updated status after a submission) live for the reporters.</summary>
    public AdaptiveCard Live(AdaptiveCard card, GoalRef goal)
    {
        card.Refresh = RefreshFor(goal);
        if (links.Value.BaseUri is { } baseUri && !card.Actions.OfType<OpenUrlAction>().Any())
            card.Actions.Add(new OpenUrlAction(GoalLink.For(goal).On(baseUri).AbsoluteUri) { Title = OpenInBrowserTitle });
        return card;
    }

    public Refresh RefreshFor(GoalRef goal)
    {
        var action = GoalActions.ShowGoal(goal.Goal.Id, "Uppdatera");
        action.Data![SharedConversation.SharedKey] = JsonValue.Create(true);
        var viewers = reporters.Of(goal).Select(TeamsIds.UserMri).Distinct(StringComparer.OrdinalIgnoreCase).Take(Refresh.MaxUserIds);
        return new Refresh(action) { UserIds = [.. viewers] };
    }
}
