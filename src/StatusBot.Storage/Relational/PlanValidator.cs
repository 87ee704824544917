using StatusBot.Domain.Plans;

namespace StatusBot.Storage.Relational;

/// <summary>
/// Checks a whole batch before anything is written, so that the common mistakes get a clear Swedish
/// message. Ids must be unique across the batch: each row is keyed by its id alone.
/// </summary>
internal static class PlanValidator
{
    public static void Validate(IReadOnlyList<Plan> plans)
    {
        var planIds = new HashSet<string>(StringComparer.Ordinal);
        var goalIds = new HashSet<string>(StringComparer.Ordinal);
        var indicatorIds = new HashSet<string>(StringComparer.Ordinal);
        var activityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (plan is null) throw new GoalStoreException("En av planerna att spara saknas (null).");
            if (!planIds.Add(plan.Id)) throw new GoalStoreException($"Planen '{plan.Id}' finns två gånger bland planerna att spara.");

            var inPlan = plan.Goals.Select(g => g?.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var goal in plan.Goals)
            {
                if (goal is null) throw new GoalStoreException($"Planen '{plan.Id}' innehåller ett mål som saknas (null).");
                Require(goal.Id, $"Ett mål i planen '{plan.Id}' saknar id.");
                if (!goalIds.Add(goal.Id)) throw new GoalStoreException($"Mål-id '{goal.Id}' förekommer mer än en gång (plan '{plan.Id}').");
                if (goal.Title is null) throw new GoalStoreException($"Målet '{goal.Id}' saknar titel.");
                if (goal.ParentId is not null && (goal.ParentId == goal.Id || !inPlan.Contains(goal.ParentId)))
                    throw new GoalStoreException($"Målet '{goal.Id}' pekar på ett överordnat mål '{goal.ParentId}' som inte finns i planen '{plan.Id}'.");

                foreach (var indicator in goal.Indicators)
                {
                    Require(indicator?.Id, $"En indikator under målet '{goal.Id}' saknar id.");
                    if (!indicatorIds.Add(indicator!.Id)) throw new GoalStoreException($"Indikator-id '{indicator.Id}' förekommer mer än en gång.");
                    if (indicator.Name is null) throw new GoalStoreException($"Indikatorn '{indicator.Id}' saknar namn.");
                    if (indicator.Outcomes.Any(o => o is null)) throw new GoalStoreException($"Indikatorn '{indicator.Id}' har ett utfall som saknas (null).");
                }
                foreach (var activity in goal.Activities)
                {
                    Require(activity?.Id, $"En aktivitet under målet '{goal.Id}' saknar id.");
                    if (!activityIds.Add(activity!.Id)) throw new GoalStoreException($"Aktivitets-id '{activity.Id}' förekommer mer än en gång.");
                    if (activity.Title is null) throw new GoalStoreException($"Aktiviteten '{activity.Id}' saknar titel.");
                }
                if (goal.Assessments.Any(a => a is null)) throw new GoalStoreException($"Målet '{goal.Id}' har en bedömning som saknas (null).");
            }
        }
    }

    private static void Require(string? id, string message)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new GoalStoreException(message);
    }
}
