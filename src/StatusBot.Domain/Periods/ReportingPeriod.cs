using System.Globalization;
using System.Text.RegularExpressions;

namespace StatusBot.Domain.Periods;

/// <summary>A reporting period: T1, T2 or VB of a year. Ordered by year, then kind.</summary>
public readonly partial record struct ReportingPeriod(int Year, PeriodKind Kind) : IComparable<ReportingPeriod>
{
    public DateOnly From => new(Year, 1, 1);

    public DateOnly To => Kind switch
    {
        PeriodKind.T1 => new DateOnly(Year, 4, 30),
        PeriodKind.T2 => new DateOnly(Year, 8, 31),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>"T1 2026", "T2 2026", "VB 2026" — the form the documents use in their "Period" column.</summary>
    public override string ToString() => $"{Kind} {Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Swedish long name: "tertialrapport 1 2026", "verksamhetsberättelse 2026".</summary>
    public string DisplayName => Kind switch
    {
        PeriodKind.T1 => $"tertialrapport 1 {Year}",
        PeriodKind.T2 => $"tertialrapport 2 {Year}",
        _ => $"verksamhetsberättelse {Year}",
    };

    public int CompareTo(ReportingPeriod other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Kind.CompareTo(other.Kind);

    public static bool operator <(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) < 0;
    public static bool operator >(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) > 0;
    public static bool operator <=(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) <= 0;
    public static bool operator >=(ReportingPeriod a, ReportingPeriod b) => a.CompareTo(b) >= 0;

    /// <summary>The period whose span ends first on or after <paramref name="date"/>.</summary>
    public static ReportingPeriod Containing(DateOnly date) =>
        date.Month <= 4 ? new(date.Year, PeriodKind.T1)
        : date.Month <= 8 ? new(date.Year, PeriodKind.T2)
        : new(date.Year, PeriodKind.VB);

    /// <summary>
    /// The period of <paramref name="year"/> to report in on <paramref name="today"/>: the one open today when it is
    /// that year, else the year's VB (a past year is reported in its verksamhetsberättelse).
    /// </summary>
    public static ReportingPeriod ToReportIn(int year, DateOnly today) =>
        Containing(today) is var open && open.Year == year ? open : new(year, PeriodKind.VB);

    [GeneratedRegex(@"^\s*(T1|T2|VB)\s+(\d{4})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Canonical();

    /// <summary>Parses the canonical form "T2 2026" (also "VB 2023" as printed in report tables).</summary>
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        if (text is null) return false;
        var m = Canonical().Match(text);
        if (!m.Success) return false;
        var kind = Enum.Parse<PeriodKind>(m.Groups[1].Value, ignoreCase: true);
        period = new ReportingPeriod(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), kind);
        return true;
    }

    public static ReportingPeriod Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"Okänd period: '{text}'. Skriv t.ex. \"T2 2026\".");
}
