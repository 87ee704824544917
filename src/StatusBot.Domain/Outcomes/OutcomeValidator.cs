using StatusBot.Domain.Activities;
using StatusBot.Domain.Assessments;
using StatusBot.Domain.Goals;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;

namespace StatusBot.Domain.Outcomes;

/// <summary>
/// Checks a posted outcome form against the goal and turns it into an <see cref="OutcomeContent"/>. Every message
/// is Swedish, addressed to the person filling in, and keyed by the input it belongs under.
/// </summary>
public static class OutcomeValidator
{
    public const string ChooseBedomning = "Välj en bedömning.";
    public const string UnknownBedomning = "Välj Uppfylls helt, Uppfylls delvis eller Uppfylls inte.";
    public const string AnalysisRequired = "Skriv en analys. Den krävs när målet inte uppfylls helt.";
    public const string NotANumber = "Skriv ett tal, t.ex. 2,7";
    public const string PercentOutOfRange = "En andel ska vara mellan 0 och 100 %.";
    public const string NegativeCount = "Ett antal kan inte vara negativt.";
    public const string CountNotWhole = "Ett antal ska vara ett heltal.";
    public const string TotalRequired = "Fyll i totalen när du anger män/pojkar eller kvinnor/flickor.";
    public const string UnknownStatus = "Välj Genomförd, Pågår, Ej påbörjad eller Avvikelse.";
    public const string DeviationNeedsAnalysis = "Beskriv avvikelsen. En analys krävs vid Avvikelse.";
    public const string ForbiddenCharacters = "Texten innehåller tecken som inte kan sparas (styrtecken). Ta bort dem och försök igen.";
    public const string StatusRequired = "Välj en status för aktiviteten som analysen gäller.";

    public static string TooLong(int length, int max) =>
        $"Texten är för lång: {SwedishNumber.Format(length)} tecken. Högst {SwedishNumber.Format(max)}.";

    public static string WrongUnit(string typed, string? unit) => unit is null
        ? $"Skriv bara talet, utan \"{typed}\"."
        : $"Fel enhet: \"{typed}\". Indikatorn mäts i {unit}.";

    public static OutcomeValidation Validate(Goal goal, ReportingPeriod period, IReadOnlyDictionary<string, string> values, OutcomeCheck check)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var strict = check == OutcomeCheck.Submission;
        string? Get(string id) => values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        Bedomning? bedomning = null;
        if (Get(OutcomeFields.Bedomning) is { } b)
        {
            if (Enum.TryParse<Bedomning>(b, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)) bedomning = parsed;
            else errors[OutcomeFields.Bedomning] = UnknownBedomning;
        }
        else if (strict) errors[OutcomeFields.Bedomning] = ChooseBedomning;

        var analysis = Get(OutcomeFields.Analysis);
        if (analysis is not null && HasControlCharacters(analysis))
            errors[OutcomeFields.Analysis] = ForbiddenCharacters;
        else if (analysis is not null && analysis.Length > OutcomeFields.AnalysisMaxLength)
            errors[OutcomeFields.Analysis] = TooLong(analysis.Length, OutcomeFields.AnalysisMaxLength);
        else if (strict && analysis is null && bedomning is not null && bedomning != Bedomning.UppfyllsHelt)
            errors[OutcomeFields.Analysis] = AnalysisRequired;

        var indicators = new List<IndicatorValue>();
        foreach (var indicator in goal.Indicators.Where(i => i.IsDueIn(period)))
        {
            var totalId = OutcomeFields.IndicatorTotal(indicator.Id);
            var total = Measure(indicator, totalId, Get(totalId), errors);
            Measurement? men = null, women = null;
            if (indicator.SplitByGender)
            {
                var menId = OutcomeFields.IndicatorMen(indicator.Id);
                var womenId = OutcomeFields.IndicatorWomen(indicator.Id);
                men = Measure(indicator, menId, Get(menId), errors);
                women = Measure(indicator, womenId, Get(womenId), errors);
                // A split without its total would show as "not reported" everywhere the total is read.
                if (strict && Get(totalId) is null && (Get(menId) is not null || Get(womenId) is not null))
                    errors[totalId] = TotalRequired;
            }
            if (total is not null || men is not null || women is not null)
                indicators.Add(new IndicatorValue(indicator.Id, total) { Men = men, Women = women });
        }

        var activities = new List<ActivityReport>();
        foreach (var activity in goal.Activities)
            if (ReadActivity(activity, Get, strict, errors) is { } report) activities.Add(report);

        var content = new OutcomeContent { Bedomning = bedomning, Analysis = analysis, Indicators = indicators, Activities = activities };
        return new OutcomeValidation(content, errors);
    }

    private static ActivityReport? ReadActivity(Activity activity, Func<string, string?> get, bool strict, Dictionary<string, string> errors)
    {
        var statusId = OutcomeFields.ActivityStatus(activity.Id);
        var analysisId = OutcomeFields.ActivityAnalysis(activity.Id);
        var analysis = get(analysisId);
        if (analysis is not null && HasControlCharacters(analysis))
            errors[analysisId] = ForbiddenCharacters;
        else if (analysis is not null && analysis.Length > OutcomeFields.ActivityAnalysisMaxLength)
            errors[analysisId] = TooLong(analysis.Length, OutcomeFields.ActivityAnalysisMaxLength);

        if (get(statusId) is not { } raw)
        {
            if (strict && analysis is not null) errors[statusId] = StatusRequired;
            return null;
        }
        if (!Enum.TryParse<ActivityStatus>(raw, ignoreCase: false, out var status) || !Enum.IsDefined(status))
        {
            errors[statusId] = UnknownStatus;
            return null;
        }
        if (strict && status == ActivityStatus.Avvikelse && analysis is null) errors[analysisId] = DeviationNeedsAnalysis;
        return new ActivityReport(activity.Id, status) { Analysis = analysis };
    }

    /// <summary>NUL and other control characters (line breaks and tabs aside) cannot be stored and mean nothing in a report.</summary>
    private static bool HasControlCharacters(string text) => text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));

    /// <summary>
    /// "2,7", "1 000", "45 %", and the "2.7" a host's number field sends. The unit may be left out; if typed it must be
    /// the indicator's. Shares stay within 0–100 % and counts are whole and never negative.
    /// </summary>
    private static Measurement? Measure(Indicator indicator, string id, string? raw, Dictionary<string, string> errors)
    {
        if (raw is null) return null;
        var m = Measurement.Parse(raw);
        if (m.Value is not { } value || (m.Unit is { } u && char.IsDigit(u[0])))
        {
            errors[id] = NotANumber;
            return null;
        }
        if (m.Unit is { } typed && !IndicatorUnits.Matches(indicator.Unit, typed))
        {
            errors[id] = WrongUnit(typed, indicator.Unit);
            return null;
        }
        if (IndicatorUnits.IsPercent(indicator.Unit) && value is < 0 or > 100)
        {
            errors[id] = PercentOutOfRange;
            return null;
        }
        if (IndicatorUnits.IsCount(indicator.Unit))
        {
            if (value < 0) { errors[id] = NegativeCount; return null; }
            if (value != decimal.Truncate(value)) { errors[id] = CountNotWhole; return null; }
        }
        var unit = indicator.Unit ?? m.Unit;
        var display = unit is null ? SwedishNumber.Format(value) : $"{SwedishNumber.Format(value)} {unit}";
        return new Measurement(display, value, unit);
    }
}
