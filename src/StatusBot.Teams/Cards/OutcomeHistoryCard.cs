using StatusBot.Domain.Language;
using StatusBot.Application.Text;
using StatusBot.AdaptiveCards.Text;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Elements;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Outcomes;

namespace StatusBot.Teams.Cards;

/// <summary>"Visa historik för 3.6.1": every submission of the goal, newest first — version, who, when, what.</summary>
public static class OutcomeHistoryCard
{
    public const int MaxEntries = 25;
    public const int AnalysisExcerpt = 200;

    public static AdaptiveCard Build(Goal goal, IReadOnlyList<OutcomeEntry> history)
    {
        var submitted = history.Where(e => e.State == OutcomeState.Submitted).ToList();
        var card = new AdaptiveCard { FallbackText = $"Historik för {goal.DisplayLabel}: {SwedishCount.Of(submitted.Count, "inskickat utfall", "inskickade utfall")}" };
        card.Body.Add(Blocks.Small($"Historik · {GoalLabels.LevelAndNumber(goal)}"));
        card.Body.Add(Blocks.Title(goal.Title));
        if (submitted.Count == 0)
        {
            card.Body.Add(Blocks.Text("Inga utfall har skickats in för målet ännu."));
        }
        else
        {
            card.Body.Add(Blocks.Subtle($"{SwedishCount.Of(submitted.Count, "inskickat utfall", "inskickade utfall")}, det senaste först."));
            foreach (var entry in submitted.OrderByDescending(e => e.RecordedAt).ThenByDescending(e => e.Version).Take(MaxEntries))
                card.Body.Add(Entry(entry));
            if (submitted.Count > MaxEntries) card.Body.Add(Blocks.More(submitted.Count - MaxEntries));
        }
        card.Actions.Add(GoalActions.ShowGoal(goal.Id, "Visa målet"));
        return card;
    }

    private static Container Entry(OutcomeEntry entry)
    {
        var items = new List<CardElement>
        {
            Blocks.Strong($"{entry.Period} · version {entry.Version} · {entry.Content.Bedomning?.Label() ?? "ingen bedömning"}"),
            Blocks.Subtle($"{entry.AuthorName ?? entry.AuthorId}, {SwedishDate.FormatDateTime(entry.RecordedAt)}"),
        };
        if (!string.IsNullOrWhiteSpace(entry.Content.Analysis))
            items.Add(Blocks.Text(TextShortener.Shorten(entry.Content.Analysis, AnalysisExcerpt)).With(t => t.Spacing = Spacing.Small));
        return new Container { Spacing = Spacing.Medium, Separator = true, Items = items };
    }
}
