using System.Globalization;

namespace StatusBot.Import.Tables;

/// <summary>An activity row: text, Startdatum, Slutdatum and, in reports, the "Avvikelse" flag (DOMAIN §4.1).</summary>
internal sealed record ActivityRow(string Title, string StartRaw, string EndRaw, bool Deviation)
{
    public DateOnly? Start => ParseDate(StartRaw);

    public DateOnly? End => ParseDate(EndRaw);

    private static DateOnly? ParseDate(string raw) =>
        DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
