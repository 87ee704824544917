using StatusBot.AdaptiveCards;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Application.ReadModel;
using StatusBot.Domain.Indicators;

namespace StatusBot.Teams.Cards;

/// <summary>
/// Indicators from anywhere in a plan ("mäts per tertial", "ligger efter"): per row the name, latest outcome,
/// årsmål and periodicity, and the goal it belongs to, which the row opens.
/// </summary>
public static class IndicatorListCard
{
    public const int DefaultMaxRows = 30;

    public static AdaptiveCard Build(string heading, IReadOnlyList<IndicatorRef> indicators, int maxRows = DefaultMaxRows)
    {
        int[] limits = [maxRows, Math.Max(1, maxRows / 2), Math.Max(1, maxRows / 4)];
        return CardBudget.FirstThatFits(limits, rows => BuildWithRows(heading, indicators, rows));
    }

    private static AdaptiveCard BuildWithRows(string heading, IReadOnlyList<IndicatorRef> indicators, int maxRows)
    {
        var card = new AdaptiveCard { MsTeams = TeamsCardProperties.FullWidth, FallbackText = $"{heading}: {indicators.Count} st" };
        card.Body.Add(Blocks.Title(heading));
        card.Body.Add(Blocks.Subtle($"{indicators.Count} indikatorer"));
        if (indicators.Count == 0) card.Body.Add(Blocks.Text("Inga indikatorer att visa."));
        foreach (var r in indicators.Take(maxRows))
        {
            var latest = IndicatorText.Latest(r.Indicator);
            card.Body.Add(new Container
            {
                Separator = true,
                Spacing = Spacing.Small,
                SelectAction = GoalActions.ShowGoal(r.Goal.Id, $"Visa {GoalLabels.LevelAndNumber(r.Goal)}"),
                Items =
                [
                    Blocks.Strong(r.Indicator.Name),
                    Blocks.Small($"Utfall {(latest is null ? IndicatorText.NotReported : $"{IndicatorText.Total(latest)} ({latest.Period})")} · " +
                                 $"årsmål {r.Indicator.Target.Display} · {(r.Indicator.Periodicity == Periodicity.Tertial ? "per tertial" : "per år")} · " +
                                 GoalLabels.LevelAndNumber(r.Goal)),
                ],
            });
        }
        if (indicators.Count > maxRows) card.Body.Add(Blocks.More(indicators.Count - maxRows));
        return card;
    }
}
