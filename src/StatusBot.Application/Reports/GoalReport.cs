using StatusBot.Domain.Goals;

namespace StatusBot.Application.Reports;

/// <summary>One goal of the report: its heading, the period's assessment, and what hangs under it.</summary>
public sealed record GoalReport(
    GoalLevel Level,
    string? Number,
    string Title,
    string AssessmentCaption,
    string AssessmentLabel,
    bool IsReported,
    string? Analysis,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<ActivityRow> Activities)
{
    /// <summary>The label when the goal was not assessed for the period.</summary>
    public const string NotReported = "Ej rapporterad";

    /// <summary>"3.6.1 Stadsdelsområdet är tryggt…" as the verksamhetsberättelse heads it; enhetsmål have no number.</summary>
    public string Heading => Number is null ? Title : $"{Number} {Title}";

    /// <summary>Depth in the hierarchy, 0 for inriktningsmål: the writers' heading level.</summary>
    public int Depth => (int)Level;
}

/// <summary>A row of the indicator table, every cell already in Swedish display form ("–" when empty).</summary>
public sealed record IndicatorRow(string Name, string Outcome, string Men, string Women, string Target, string KfTarget, string Period)
{
    public string? Analysis { get; init; }

    /// <summary>The column headers, in the order of the verksamhetsberättelse.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["Indikator", "Utfall", "Män/pojkar", "Kvinnor/flickor", "Årsmål", "KF:s årsmål", "Period"];

    public IReadOnlyList<string> Cells => [Name, Outcome, Men, Women, Target, KfTarget, Period];
}

/// <summary>An activity: title, "1 januari–31 december 2023", and the Avvikelse flag with its analysis.</summary>
public sealed record ActivityRow(string Title, string? Dates, bool Deviation, string? Analysis)
{
    public const string DeviationLabel = "Avvikelse";
}
