using StatusBot.AdaptiveCards.Model;
using StatusBot.Domain.Plans;

namespace StatusBot.Teams.Cards;

/// <summary>
/// "Saknas något i importen?", "visa importluckor": per plan, the table lines the import could not read (stored when a
/// coordinator imported with --accept-gaps: indicators or activities may be missing), then the importer's notes
/// (numbers derived, draft text left in the document, …), or that there are none.
/// </summary>
public static class ImportGapsCard
{
    private const int MaxNotesPerPlan = 20;

    public static AdaptiveCard Build(IReadOnlyList<Plan> plans)
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = $"Importluckor: {plans.Sum(p => p.ImportGaps.Count)}; anmärkningar från inläsningen: {plans.Sum(p => p.Warnings.Count)}",
        };
        card.Body.Add(Blocks.Title("Anmärkningar från inläsningen"));
        foreach (var plan in plans)
        {
            card.Body.Add(Blocks.SectionHeading(GoalLabels.Source(plan)));
            if (plan.ImportGaps.Count > 0)
            {
                card.Body.Add(Blocks.Strong($"Rader som inte kunde läsas in ({plan.ImportGaps.Count}) – indikatorer eller aktiviteter kan saknas:"));
                card.Body.AddRange(plan.ImportGaps.Take(MaxNotesPerPlan).Select(g => Blocks.Text($"• {g}")));
                if (plan.ImportGaps.Count > MaxNotesPerPlan) card.Body.Add(Blocks.More(plan.ImportGaps.Count - MaxNotesPerPlan));
            }
            if (plan.Warnings.Count == 0 && plan.ImportGaps.Count == 0) card.Body.Add(Blocks.Text("Inget saknades eller såg konstigt ut."));
            card.Body.AddRange(plan.Warnings.Take(MaxNotesPerPlan).Select(w => Blocks.Text($"• {w}")));
            if (plan.Warnings.Count > MaxNotesPerPlan) card.Body.Add(Blocks.More(plan.Warnings.Count - MaxNotesPerPlan));
        }
        return card;
    }
}
