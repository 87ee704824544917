using StatusBot.Domain.Periods;

namespace StatusBot.Application.Evaluation;

/// <summary>
/// What an answer says, in the evaluation set's vocabulary: its kind (goal_status, goal_tree, indicator, …) and
/// the goal, indicator, goals listed, number and period it is about. Null = the answer says nothing about it.
/// </summary>
public sealed record ObservedAnswer(string Kind)
{
    public string? Organisation { get; init; }
    public int? Year { get; init; }
    public string? Goal { get; init; }
    public string? Indicator { get; init; }
    public IReadOnlyList<string>? Goals { get; init; }
    public int? Count { get; init; }
    public PeriodKind? Period { get; init; }

    public override string ToString() =>
        string.Join(' ', new[]
        {
            Kind, Goal, Indicator is null ? null : $"\"{Indicator}\"",
            Goals is null ? null : $"[{string.Join(';', Goals)}]", Count?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Period?.ToString(), Organisation is null ? null : $"({Organisation} {Year})",
        }.Where(s => s is not null));
}
