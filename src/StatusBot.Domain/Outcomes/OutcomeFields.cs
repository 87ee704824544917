namespace StatusBot.Domain.Outcomes;

/// <summary>
/// The fields of an outcome, keyed by the goal's indicator and activity ids: the keys validation reports errors
/// under and a surface's form uses as its input ids (so a posted form maps back without translation).
/// </summary>
public static class OutcomeFields
{
    /// <summary>The longest analysis of a goal that is stored (a page of the verksamhetsberättelse).</summary>
    public const int AnalysisMaxLength = 4000;

    /// <summary>The longest analysis of one activity.</summary>
    public const int ActivityAnalysisMaxLength = 2000;

    public const string Bedomning = "bedomning";

    public const string Analysis = "analys";

    public static string IndicatorTotal(string indicatorId) => $"utfall.{indicatorId}";

    public static string IndicatorMen(string indicatorId) => $"utfall.{indicatorId}.man";

    public static string IndicatorWomen(string indicatorId) => $"utfall.{indicatorId}.kvinnor";

    public static string ActivityStatus(string activityId) => $"aktivitet.{activityId}";

    public static string ActivityAnalysis(string activityId) => $"aktivitet.{activityId}.analys";

    private static readonly string[] FieldPrefixes = ["utfall.", "aktivitet."];

    /// <summary>True for a key that names one of an outcome's fields.</summary>
    public static bool IsField(string key) =>
        key is Bedomning or Analysis || FieldPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
}
