using System.Globalization;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;

namespace StatusBot.Domain.Outcomes;

/// <summary>An outcome written back into field values (<see cref="OutcomeFields"/>), for prefilling a form.</summary>
public static class OutcomeFieldValues
{
    /// <summary>The input values showing a saved outcome (draft or submission).</summary>
    public static Dictionary<string, string> Of(Goal goal, OutcomeContent content)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (content.Bedomning is { } b) values[OutcomeFields.Bedomning] = b.ToString();
        if (!string.IsNullOrEmpty(content.Analysis)) values[OutcomeFields.Analysis] = content.Analysis;
        foreach (var v in content.Indicators)
        {
            var unit = goal.Indicators.FirstOrDefault(i => i.Id == v.IndicatorId)?.Unit;
            Put(values, OutcomeFields.IndicatorTotal(v.IndicatorId), v.Total, unit);
            Put(values, OutcomeFields.IndicatorMen(v.IndicatorId), v.Men, unit);
            Put(values, OutcomeFields.IndicatorWomen(v.IndicatorId), v.Women, unit);
        }
        foreach (var a in content.Activities)
        {
            values[OutcomeFields.ActivityStatus(a.ActivityId)] = a.Status.ToString();
            if (!string.IsNullOrEmpty(a.Analysis)) values[OutcomeFields.ActivityAnalysis(a.ActivityId)] = a.Analysis;
        }
        return values;
    }

    /// <summary>The input values showing what the plan already says for the period (imported or projected).</summary>
    public static Dictionary<string, string> Of(Goal goal, ReportingPeriod period)
    {
        var assessment = goal.Assessments.LastOrDefault(a => a.Period == period);
        var content = new OutcomeContent
        {
            Bedomning = assessment?.Bedomning,
            Analysis = assessment?.Analysis,
            Indicators = [.. goal.Indicators
                .Select(i => (i.Id, Outcome: i.OutcomeFor(period)))
                .Where(x => x.Outcome is not null)
                .Select(x => new IndicatorValue(x.Id, x.Outcome!.Total) { Men = x.Outcome.Men, Women = x.Outcome.Women })],
            // Only a flagged deviation is known from a document; other statuses are left for the user to choose.
            Activities = [.. goal.Activities.Where(a => a.Deviation)
                .Select(a => new ActivityReport(a.Id, ActivityStatus.Avvikelse) { Analysis = a.Analysis })],
        };
        return Of(goal, content);
    }

    private static void Put(Dictionary<string, string> values, string id, Measurement? m, string? unit)
    {
        if (m is null) return;
        // Counts sit in a number field, which takes only plain invariant digits.
        values[id] = m.Value is { } v && IndicatorUnits.IsCount(unit) ? v.ToString(CultureInfo.InvariantCulture) : m.Display;
    }
}
