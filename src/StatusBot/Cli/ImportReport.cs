using StatusBot.Domain.Language;
using StatusBot.Application.Plans;
using StatusBot.Domain.Plans;

namespace StatusBot.Cli;

/// <summary>Prints an import's result: per saved plan its counts, table-line account, gaps and warnings; or why nothing was saved.</summary>
internal static class ImportReport
{
    private const string NothingSaved = "Inget lästes in; målförrådet är oförändrat.";

    public static async Task<int> WriteAsync(PlanImportResult result, TextWriter output, TextWriter errors)
    {
        switch (result)
        {
            case PlanImportRefused refused:
                await errors.WriteLineAsync(refused.Reason);
                await errors.WriteLineAsync(NothingSaved);
                return ExitCodes.BadInput;
            case PlanImportHasGaps gaps:
                foreach (var document in gaps.Documents)
                {
                    await errors.WriteLineAsync($"{document.Plan.Source}: {document.Tables.Summary}");
                    foreach (var line in document.Tables.Unclear) await errors.WriteLineAsync($"  Oklar: {line}");
                }
                await errors.WriteLineAsync("Rader i tabellerna kunde inte tolkas, så indikatorer eller aktiviteter kan saknas. Rätta dokumentet, " +
                                            "eller importera med --accept-gaps för att spara ändå (luckorna visas då för samordnarna).");
                await errors.WriteLineAsync(NothingSaved);
                return ExitCodes.BadInput;
            case PlansImported imported:
                foreach (var (plan, saved, tables) in imported.Plans)
                {
                    await output.WriteLineAsync(
                        $"{(saved.Created ? "Ny" : "Uppdaterad")}: {plan.Organisation}, {plan.Document.DisplayName().ToLowerInvariant()} {plan.Year} " +
                        $"({saved.Goals} mål, {saved.Indicators} indikatorer, {saved.Activities} aktiviteter) från {plan.Source}");
                    if (tables.Lines > 0) await output.WriteLineAsync($"  {tables.Summary}");
                    else if (plan.ImportGaps.Count > 0)
                        await output.WriteLineAsync($"  {SwedishCount.Of(plan.ImportGaps.Count, "importlucka", "importluckor")} från dokumentets import följer med planen.");
                    foreach (var line in tables.Unclear) await output.WriteLineAsync($"  Oklar: {line}");
                    foreach (var warning in plan.Warnings) await output.WriteLineAsync($"  Obs: {warning}");
                }
                return ExitCodes.Ok;
            default:
                throw new InvalidOperationException($"Unknown import result {result.GetType().Name}");
        }
    }
}
