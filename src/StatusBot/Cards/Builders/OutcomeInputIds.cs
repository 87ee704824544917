namespace StatusBot.Cards.Builders;

/// <summary>
/// Ids of the outcome form's inputs: the keys of the values the host posts back. The form card writes them and
/// the app's form reader reads them, so both go through here.
/// </summary>
public static class OutcomeInputIds
{
    public const string Bedomning = "bedomning";

    public const string Analysis = "analys";

    public static string IndicatorTotal(string indicatorId) => $"utfall.{indicatorId}";

    public static string IndicatorMen(string indicatorId) => $"utfall.{indicatorId}.man";

    public static string IndicatorWomen(string indicatorId) => $"utfall.{indicatorId}.kvinnor";

    public static string ActivityStatus(string activityId) => $"aktivitet.{activityId}";

    public static string ActivityAnalysis(string activityId) => $"aktivitet.{activityId}.analys";

    /// <summary>The red text under an input that failed validation.</summary>
    public static string ErrorOf(string inputId) => $"{inputId}.fel";
}
