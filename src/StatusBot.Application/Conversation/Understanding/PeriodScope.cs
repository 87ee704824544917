using StatusBot.Domain.Periods;

namespace StatusBot.Application.Conversation.Understanding;

/// <summary>A period as the asker named it: a kind ("T1", "helår"), a year ("2025"), or both.</summary>
public sealed record PeriodScope(PeriodKind? Kind, int? Year)
{
    /// <summary>The full period when both parts were named.</summary>
    public ReportingPeriod? Period => Kind is { } k && Year is { } y ? new ReportingPeriod(y, k) : null;

    public override string ToString() => (Kind, Year) switch
    {
        ({ } k, { } y) => $"{k} {y}",
        ({ } k, null) => k.ToString(),
        (null, { } y) => y.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "",
    };
}
