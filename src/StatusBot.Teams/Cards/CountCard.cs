using StatusBot.AdaptiveCards.Model;
using StatusBot.Application.Conversation.Answers;

namespace StatusBot.Teams.Cards;

/// <summary>"Hur många nämndmål har vi?": the number in large type, then what was counted as a list to open.</summary>
public static class CountCard
{
    private const int MaxRows = 15;

    public static AdaptiveCard Build(CountAnswer count)
    {
        var card = new AdaptiveCard { MsTeams = TeamsCardProperties.FullWidth, FallbackText = $"{count.Heading}: {count.Count}" };
        card.Body.Add(Blocks.Small(count.Heading));
        card.Body.Add(Blocks.Title(count.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        card.Body.AddRange(count.Goals.Take(MaxRows).Select(g => GoalRows.Row(g.Plan, g.Goal, showSource: false)));
        foreach (var i in count.Indicators.Take(MaxRows))
            card.Body.Add(Blocks.Small($"{i.Indicator.Name} · {GoalLabels.LevelAndNumber(i.Goal)}"));
        var shown = Math.Min(count.Goals.Count, MaxRows) + Math.Min(count.Indicators.Count, MaxRows);
        if (count.Goals.Count + count.Indicators.Count > shown) card.Body.Add(Blocks.More(count.Goals.Count + count.Indicators.Count - shown));
        if (count.Focus is { } focus) card.Actions.Add(GoalActions.ShowGoal(focus.Goal.Id, $"Visa {GoalLabels.LevelAndNumber(focus.Goal)}"));
        return card;
    }
}
