using StatusBot.AdaptiveCards.Model;
using StatusBot.Domain.Plans;

namespace StatusBot.Teams.Cards;

/// <summary>"Saknas något i importen?": per plan, the importer's notes (missing tables, numbers derived, …), or that there are none.</summary>
public static class ImportGapsCard
{
    private const int MaxNotesPerPlan = 20;

    public static AdaptiveCard Build(IReadOnlyList<Plan> plans)
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"Anmärkningar från inläsningen: {plans.Sum(p => p.Warnings.Count)} st",
        };
        card.Body.Add(Blocks.Title("Anmärkningar från inläsningen"));
        foreach (var plan in plans)
        {
            card.Body.Add(Blocks.SectionHeading(GoalLabels.Source(plan)));
            if (plan.Warnings.Count == 0) card.Body.Add(Blocks.Text("Inget saknades eller såg konstigt ut."));
            card.Body.AddRange(plan.Warnings.Take(MaxNotesPerPlan).Select(w => Blocks.Text($"• {w}")));
            if (plan.Warnings.Count > MaxNotesPerPlan) card.Body.Add(Blocks.More(plan.Warnings.Count - MaxNotesPerPlan));
        }
        return card;
    }
}
