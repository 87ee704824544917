using System.Globalization;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;

namespace StatusBot.Import.Tables;

/// <summary>Turns parsed rows into domain indicators: targets, unit, periodicity, direction and outcomes.</summary>
internal static class IndicatorFactory
{
    public static Indicator FromPlan(string id, PlanIndicatorRow row)
    {
        var indicator = new Indicator(id, row.Name)
        {
            Target = TargetValue.Parse(row.Target),
            KfTarget = TargetValue.Parse(row.KfTarget),
            Periodicity = Periodicities.Parse(row.Periodicity),
        };
        indicator.Unit = indicator.Target.Unit ?? indicator.KfTarget.Unit;
        indicator.Direction = DirectionInference.Infer(row.Name, indicator.Target, indicator.KfTarget);
        return indicator;
    }

    /// <summary>
    /// The report's "Period" column says "VB 2023" for tertial indicators and "2023" for yearly ones (DOMAIN §3.2);
    /// the outcome is the year-end value, so its period is VB of the report's year.
    /// </summary>
    public static Indicator FromReport(string id, ReportIndicatorRow row, int year, string? analysis, Action<string> warn)
    {
        var period = row.Period.Split(' ');
        var periodYear = int.Parse(period[^1], CultureInfo.InvariantCulture);
        if (periodYear != year) warn($"Indikatorn \"{row.Name}\" redovisas för {row.Period}, men dokumentet gäller {year}.");

        var outcome = new IndicatorOutcome(new ReportingPeriod(year, PeriodKind.VB), Measure(row.Total))
        {
            Men = Measure(row.Men),
            Women = Measure(row.Women),
            PreviousYear = Measure(row.PreviousYear),
            Analysis = analysis,
        };
        var indicator = new Indicator(id, row.Name)
        {
            Target = TargetValue.Parse(row.Target),
            KfTarget = TargetValue.Parse(row.KfTarget),
            Periodicity = period.Length > 1 ? Periodicity.Tertial : Periodicity.Ar,
            SplitByGender = outcome.Men is not null || outcome.Women is not null,
        };
        indicator.Unit = indicator.Target.Unit ?? indicator.KfTarget.Unit ?? outcome.Total?.Unit ?? outcome.PreviousYear?.Unit;
        indicator.Direction = DirectionInference.Infer(row.Name, indicator.Target, indicator.KfTarget);
        indicator.Outcomes.Add(outcome);
        return indicator;
    }

    private static Measurement? Measure(string raw) => raw.Length == 0 ? null : Measurement.Parse(raw);
}
