using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.Cards.Builders;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;

namespace StatusBot.Outcomes;

/// <summary>
/// Reads the data a host posts from the outcome form, and writes an outcome back into the form's input values
/// (for prefilling). Payloads that cannot have come from our form are refused with the reason, never guessed at.
/// </summary>
public static class OutcomeForm
{
    private static readonly string[] InputPrefixes = ["utfall.", "aktivitet."];

    /// <summary>Reads goal, period, version and inputs; <paramref name="problem"/> says what was wrong otherwise.</summary>
    public static bool TryRead(JsonObject? data, out OutcomePost post, out string problem)
    {
        post = null!;
        if (data is null) return Fail("inga data", out problem);
        if (StringOf(data[CardData.GoalId]) is not { Length: > 0 } goalId) return Fail("goalId saknas eller är inte text", out problem);
        if (!ReportingPeriod.TryParse(StringOf(data[CardData.Period]), out var period)) return Fail("okänd period", out problem);
        if (VersionOf(data[CardData.Version]) is not { } version) return Fail("version saknas eller är inte ett heltal", out problem);

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in data)
        {
            if (!IsInput(key)) continue;
            if (node is null) continue;
            if (node is not JsonValue value) return Fail($"fältet {key} har fel typ", out problem);
            switch (value.GetValueKind())
            {
                case JsonValueKind.String: values[key] = value.GetValue<string>(); break;
                case JsonValueKind.Number: values[key] = value.ToJsonString(); break;
                default: return Fail($"fältet {key} har fel typ", out problem);
            }
        }
        post = new OutcomePost(goalId, period, version, values);
        problem = "";
        return true;
    }

    /// <summary>The input values showing a saved outcome (draft or submission).</summary>
    public static Dictionary<string, string> ValuesOf(Goal goal, OutcomeContent content)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (content.Bedomning is { } b) values[OutcomeInputIds.Bedomning] = b.ToString();
        if (!string.IsNullOrEmpty(content.Analysis)) values[OutcomeInputIds.Analysis] = content.Analysis;
        foreach (var v in content.Indicators)
        {
            var unit = goal.Indicators.FirstOrDefault(i => i.Id == v.IndicatorId)?.Unit;
            Put(values, OutcomeInputIds.IndicatorTotal(v.IndicatorId), v.Total, unit);
            Put(values, OutcomeInputIds.IndicatorMen(v.IndicatorId), v.Men, unit);
            Put(values, OutcomeInputIds.IndicatorWomen(v.IndicatorId), v.Women, unit);
        }
        foreach (var a in content.Activities)
        {
            values[OutcomeInputIds.ActivityStatus(a.ActivityId)] = a.Status.ToString();
            if (!string.IsNullOrEmpty(a.Analysis)) values[OutcomeInputIds.ActivityAnalysis(a.ActivityId)] = a.Analysis;
        }
        return values;
    }

    /// <summary>The input values showing what the plan already says for the period (imported or projected).</summary>
    public static Dictionary<string, string> ValuesOf(Goal goal, ReportingPeriod period)
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
        return ValuesOf(goal, content);
    }

    private static void Put(Dictionary<string, string> values, string id, Measurement? m, string? unit)
    {
        if (m is null) return;
        // Counts sit in a number field, which takes only plain invariant digits.
        values[id] = m.Value is { } v && IndicatorUnits.IsCount(unit) ? v.ToString(CultureInfo.InvariantCulture) : m.Display;
    }

    private static bool IsInput(string key) =>
        key is OutcomeInputIds.Bedomning or OutcomeInputIds.Analysis || InputPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>().Trim() : null;

    private static long? VersionOf(JsonNode? node)
    {
        if (node is not JsonValue v) return null;
        return v.GetValueKind() switch
        {
            JsonValueKind.Number when v.TryGetValue<long>(out var n) && n >= 0 => n,
            JsonValueKind.String when long.TryParse(v.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) => s,
            _ => null,
        };
    }

    private static bool Fail(string reason, out string problem)
    {
        problem = reason;
        return false;
    }
}
