using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Plans;

namespace StatusBot.Storage.Schema;

/// <summary>
/// The tokens enums are stored as. Written out rather than enum.ToString() so that renaming a C# member
/// never silently changes what is in a database.
/// </summary>
internal static class ColumnCodes
{
    public static string Level(GoalLevel level) => level.Token();

    public static GoalLevel ParseLevel(string code) => GoalLevels.Parse(code);

    public static string Document(DocumentKind kind) => kind.Token();

    public static DocumentKind ParseDocument(string code) => DocumentKinds.Parse(code);

    public static string Periodicity(Periodicity periodicity) => periodicity switch
    {
        Domain.Indicators.Periodicity.Ar => "ar",
        Domain.Indicators.Periodicity.Tertial => "tertial",
        _ => throw new ArgumentOutOfRangeException(nameof(periodicity)),
    };

    public static Periodicity ParsePeriodicity(string code) => code switch
    {
        "ar" => Domain.Indicators.Periodicity.Ar,
        "tertial" => Domain.Indicators.Periodicity.Tertial,
        _ => throw Unknown("periodicity", code),
    };

    public static string Direction(Direction direction) => direction switch
    {
        Domain.Indicators.Direction.Unknown => "unknown",
        Domain.Indicators.Direction.Higher => "higher",
        Domain.Indicators.Direction.Lower => "lower",
        Domain.Indicators.Direction.Band => "band",
        Domain.Indicators.Direction.Max => "max",
        _ => throw new ArgumentOutOfRangeException(nameof(direction)),
    };

    public static Direction ParseDirection(string code) => code switch
    {
        "unknown" => Domain.Indicators.Direction.Unknown,
        "higher" => Domain.Indicators.Direction.Higher,
        "lower" => Domain.Indicators.Direction.Lower,
        "band" => Domain.Indicators.Direction.Band,
        "max" => Domain.Indicators.Direction.Max,
        _ => throw Unknown("direction", code),
    };

    public static string TargetKind(TargetKind kind) => kind switch
    {
        Domain.Indicators.TargetKind.Empty => "empty",
        Domain.Indicators.TargetKind.Number => "number",
        Domain.Indicators.TargetKind.Direction => "direction",
        Domain.Indicators.TargetKind.Band => "band",
        Domain.Indicators.TargetKind.Max => "max",
        Domain.Indicators.TargetKind.Text => "text",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static TargetKind ParseTargetKind(string code) => code switch
    {
        "empty" => Domain.Indicators.TargetKind.Empty,
        "number" => Domain.Indicators.TargetKind.Number,
        "direction" => Domain.Indicators.TargetKind.Direction,
        "band" => Domain.Indicators.TargetKind.Band,
        "max" => Domain.Indicators.TargetKind.Max,
        "text" => Domain.Indicators.TargetKind.Text,
        _ => throw Unknown("target kind", code),
    };

    public static string PeriodKind(PeriodKind kind) => kind switch
    {
        Domain.Periods.PeriodKind.T1 => "T1",
        Domain.Periods.PeriodKind.T2 => "T2",
        Domain.Periods.PeriodKind.VB => "VB",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static PeriodKind ParsePeriodKind(string code) => code switch
    {
        "T1" => Domain.Periods.PeriodKind.T1,
        "T2" => Domain.Periods.PeriodKind.T2,
        "VB" => Domain.Periods.PeriodKind.VB,
        _ => throw Unknown("period kind", code),
    };

    public static string Bedomning(Bedomning bedomning) => bedomning switch
    {
        Domain.Assessments.Bedomning.UppfyllsHelt => "uppfylls_helt",
        Domain.Assessments.Bedomning.UppfyllsDelvis => "uppfylls_delvis",
        Domain.Assessments.Bedomning.UppfyllsInte => "uppfylls_inte",
        _ => throw new ArgumentOutOfRangeException(nameof(bedomning)),
    };

    public static Bedomning ParseBedomning(string code) => code switch
    {
        "uppfylls_helt" => Domain.Assessments.Bedomning.UppfyllsHelt,
        "uppfylls_delvis" => Domain.Assessments.Bedomning.UppfyllsDelvis,
        "uppfylls_inte" => Domain.Assessments.Bedomning.UppfyllsInte,
        _ => throw Unknown("bedomning", code),
    };

    public static string ActivityStatus(ActivityStatus status) => status switch
    {
        Domain.Outcomes.ActivityStatus.Genomford => "genomford",
        Domain.Outcomes.ActivityStatus.Pagar => "pagar",
        Domain.Outcomes.ActivityStatus.EjPaborjad => "ej_paborjad",
        Domain.Outcomes.ActivityStatus.Avvikelse => "avvikelse",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static ActivityStatus ParseActivityStatus(string code) => code switch
    {
        "genomford" => Domain.Outcomes.ActivityStatus.Genomford,
        "pagar" => Domain.Outcomes.ActivityStatus.Pagar,
        "ej_paborjad" => Domain.Outcomes.ActivityStatus.EjPaborjad,
        "avvikelse" => Domain.Outcomes.ActivityStatus.Avvikelse,
        _ => throw Unknown("activity status", code),
    };

    private static InvalidDataException Unknown(string what, string code) =>
        new($"The goal store holds an unknown {what} code '{code}'.");
}
