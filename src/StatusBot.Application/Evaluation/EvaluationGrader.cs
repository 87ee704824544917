using System.Globalization;
using StatusBot.Domain.Periods;

namespace StatusBot.Application.Evaluation;

/// <summary>
/// Compares an observed answer with a row's expected columns, as tests/evaluation/README.md defines them. Returns
/// null when it passes, else why not (for the failure list).
/// </summary>
public static class EvaluationGrader
{
    public static string? Check(EvaluationQuestion expected, ObservedAnswer observed)
    {
        if (observed.Kind != expected.ExpectedKind) return $"kind {observed.Kind}, expected {expected.ExpectedKind}";
        if (expected.Organisation.Length > 0 && observed.Organisation is { } org
            && !string.Equals(org, expected.Organisation, StringComparison.OrdinalIgnoreCase))
            return $"organisation {org}, expected {expected.Organisation}";
        if (expected.Year is { } year && observed.Year is { } y && y != year) return $"year {y}, expected {year}";
        if (expected.ExpectedGoal.Length > 0 && observed.Goal != expected.ExpectedGoal)
            return $"goal {observed.Goal ?? "-"}, expected {expected.ExpectedGoal}";
        if (expected.ExpectedIndicator.Length > 0 && !SameName(observed.Indicator, expected.ExpectedIndicator))
            return $"indicator \"{observed.Indicator}\", expected \"{expected.ExpectedIndicator}\"";
        return CheckDetail(expected.ExpectedDetail, observed);
    }

    private static string? CheckDetail(string detail, ObservedAnswer observed)
    {
        if (detail.Length == 0) return null;
        if (Enum.TryParse<PeriodKind>(detail, out var period) && detail is "T1" or "T2" or "VB")
            return observed.Period == period ? null : $"period {observed.Period?.ToString() ?? "-"}, expected {detail}";
        if (detail == "none")
            return observed.Goals is { Count: 0 } || observed.Count == 0 || observed.Kind == "no_match" && observed.Goals is null
                ? null : $"{observed.Count} goals, expected none";
        // A lone integer is a count, except that a list of one goal ("2") is written the same way.
        if (int.TryParse(detail, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return observed.Count == number || observed.Goals is [var one] && one == detail ? null : $"count {observed.Count?.ToString(CultureInfo.InvariantCulture) ?? "-"}, expected {number}";
        var wanted = detail.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return observed.Goals is { } goals && wanted.SetEquals(goals)
            ? null : $"goals [{string.Join(';', observed.Goals ?? [])}], expected [{detail}]";
    }

    private static bool SameName(string? a, string b) =>
        a is not null && string.Equals(Collapse(a), Collapse(b), StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
