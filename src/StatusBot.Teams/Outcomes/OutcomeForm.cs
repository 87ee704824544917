using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.Application.Outcomes;
using StatusBot.Teams.Cards;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;

namespace StatusBot.Teams.Outcomes;

/// <summary>
/// Reads the data a host posts from the outcome form (its input ids are <see cref="OutcomeFields"/>). Payloads that cannot have come from our form are refused with the reason, never guessed at.
/// </summary>
public static class OutcomeForm
{
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
            if (!OutcomeFields.IsField(key)) continue;
            if (node is null) continue;
            if (node is not JsonValue value) return Fail("ett utfallsfält har fel typ", out problem);
            switch (value.GetValueKind())
            {
                case JsonValueKind.String: values[key] = value.GetValue<string>(); break;
                case JsonValueKind.Number: values[key] = value.ToJsonString(); break;
                default: return Fail("ett utfallsfält har fel typ", out problem);
            }
        }
        post = new OutcomePost(goalId, period, version, values);
        problem = "";
        return true;
    }

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
