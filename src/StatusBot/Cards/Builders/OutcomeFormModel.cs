using StatusBot.Domain.Goals;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Cards.Builders;

/// <summary>
/// Everything the outcome form shows: the goal and period, the submitted version it is built from, the values in
/// its inputs (raw text, as the user typed them or as prefilled) and the validation messages per input id.
/// </summary>
public sealed record OutcomeFormModel(Plan Plan, Goal Goal, ReportingPeriod Period, long Version)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>A line at the top: "Utkastet är sparat 14:05", or where the prefill came from.</summary>
    public string? Notice { get; init; }

    public string? Value(string inputId) => Values.TryGetValue(inputId, out var v) && !string.IsNullOrEmpty(v) ? v : null;
}
