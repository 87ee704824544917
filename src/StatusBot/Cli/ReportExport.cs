using StatusBot.Domain.Language;
using System.Globalization;
using System.Text;
using StatusBot.Domain.Periods;
using StatusBot.Reports;
using StatusBot.Application.Reports;

namespace StatusBot.Cli;

/// <summary>
/// <c>export --format md|docx</c>: loads the plans, shows the submitted outcomes on them, and writes the period's
/// report. Usage is checked before the store is opened, so a wrong call never creates a store file.
/// </summary>
internal static class ReportExport
{
    public sealed record Request(string Format, string? Period, int? Year, string? Organisation, string? Output, string? Store);

    public static async Task<int> RunAsync(Request request, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        if (UsageError(request) is { } usage)
        {
            await errors.WriteLineAsync(usage);
            return ExitCodes.Usage;
        }
        var period = new ReportingPeriod(request.Year!.Value, Enum.Parse<PeriodKind>(request.Period!, ignoreCase: true));

        if ((StoreOpener.MissingStoreMessage(request.Store) ?? OutputFile.Problem(request.Output)) is { } problem)
        {
            await errors.WriteLineAsync(problem);
            return ExitCodes.BadInput;
        }
        await using var goals = await StoreOpener.OpenAsync(request.Store, ct);
        var plans = await PeriodReportLoader.LoadPlansAsync(goals, ct);
        var report = PeriodReport.Build(plans, period, request.Organisation);
        if (report.Plans.Count == 0)
        {
            await errors.WriteLineAsync(NothingToReport(plans, period, request.Organisation));
            return ExitCodes.BadInput;
        }

        if (request.Format == "md" && request.Output is null)
        {
            await output.WriteAsync(MarkdownReportWriter.Write(report));
            return ExitCodes.Ok;
        }
        try
        {
            if (request.Format == "docx")
                DocxReportWriter.Write(report, request.Output!, DateTimeOffset.UtcNow);
            else
                await File.WriteAllTextAsync(request.Output!, MarkdownReportWriter.Write(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync(OutputFile.CouldNotWrite(request.Output!, e));
            return ExitCodes.BadInput;
        }
        var goalCount = report.AllGoals.Count();
        await output.WriteLineAsync($"Skrev {report.Title} till {request.Output}: {SwedishCount.Of(goalCount, "mål", "mål")}, {SwedishCount.Of(report.AllGoals.Count(g => g.IsReported), "rapporterat", "rapporterade")}.");
        return ExitCodes.Ok;
    }

    private static string? UsageError(Request request)
    {
        if (request.Period is null || request.Year is null)
            return $"Ange både --period (T1, T2 eller VB) och --year (t.ex. --year {DateTime.Today.Year}) för --format {request.Format}.";
        if (!Enum.TryParse<PeriodKind>(request.Period, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(request.Period, out _))
            return $"Okänd period: '{request.Period}'. Skriv T1, T2 eller VB.";
        if (request.Year is < 2000 or > 2100)
            return $"Orimligt år: {request.Year.Value.ToString(CultureInfo.InvariantCulture)}.";
        if (request.Format == "docx" && string.IsNullOrWhiteSpace(request.Output))
            return "Ange --output FIL för --format docx: ett Word-dokument skrivs till en fil, inte till standard ut.";
        return null;
    }

    private static string NothingToReport(IReadOnlyList<Domain.Plans.Plan> plans, ReportingPeriod period, string? organisation)
    {
        var what = organisation is null ? $"{period.Year}" : $"'{organisation}' {period.Year}";
        var available = plans.Select(p => $"{p.Organisation} {p.Year}").Distinct().Order(StringComparer.Ordinal).ToList();
        return available.Count == 0
            ? $"Det finns inga planer i målförrådet; läs in dokument med 'statusbot import'."
            : $"Det finns ingen plan för {what}. Målförrådet har: {string.Join(", ", available)}.";
    }
}
