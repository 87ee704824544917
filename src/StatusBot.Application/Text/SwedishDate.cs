using System.Globalization;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Periods;

namespace StatusBot.Application.Text;

/// <summary>Dates as Swedish readers expect them in prose: "30 april 2026", "1 januari–31 december 2023".</summary>
public static class SwedishDate
{
    private static readonly CultureInfo Swedish = SwedishNumber.Culture;


    /// <summary>"30 april 2026" (no leading zero, lower-case month as Swedish writes it).</summary>
    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);

    /// <summary>The Stockholm calendar date of an instant, e.g. an assessment made late on 30 April UTC.</summary>
    public static string Format(DateTimeOffset instant) =>
        Format(DateOnly.FromDateTime(StockholmTime.ToLocal(instant).DateTime));

    /// <summary>"25 november 2026 kl. 14:05" in Stockholm time: when someone saved something.</summary>
    public static string FormatDateTime(DateTimeOffset instant)
    {
        var local = StockholmTime.ToLocal(instant);
        return $"{Format(DateOnly.FromDateTime(local.DateTime))} kl. {local.ToString("HH:mm", Swedish)}";
    }

    /// <summary>"14:05" in Stockholm time.</summary>
    public static string FormatTime(DateTimeOffset instant) => StockholmTime.ToLocal(instant).ToString("HH:mm", Swedish);

    /// <summary>
    /// "1 januari–31 december 2023" within one year, "1 januari 2022–31 december 2024" across years (en dash,
    /// no spaces, as Swedish style guides write ranges); one open end gives "från …" or "till …".
    /// </summary>
    public static string? FormatRange(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => null,
        ({ } s, null) => $"från {Format(s)}",
        (null, { } e) => $"till {Format(e)}",
        ({ } s, { } e) when s == e => Format(s),
        ({ } s, { } e) when s.Year == e.Year => $"{s.ToString("d MMMM", Swedish)}–{Format(e)}",
        ({ } s, { } e) => $"{Format(s)}–{Format(e)}",
    };
}
