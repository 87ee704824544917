using StatusBot.Application.Plans;
using StatusBot.Domain.Plans;

namespace StatusBot.Cli;

/// <summary>Prints an import's result: a line per saved plan with its warnings, or why nothing was saved.</summary>
internal static class ImportReport
{
    public static async Task<int> WriteAsync(PlanImportResult result, TextWriter output, TextWriter errors)
    {
        switch (result)
        {
            case PlanImportRefused refused:
                await errors.WriteLineAsync(refused.Reason);
                await errors.WriteLineAsync("Inget lästes in; målförrådet är oförändrat.");
                return ExitCodes.BadInput;
            case PlansImported imported:
                foreach (var (plan, saved) in imported.Plans)
                {
                    await output.WriteLineAsync(
                        $"{(saved.Created ? "Ny" : "Uppdaterad")}: {plan.Organisation}, {plan.Document.DisplayName().ToLowerInvariant()} {plan.Year} " +
                        $"({saved.Goals} mål, {saved.Indicators} indikatorer, {saved.Activities} aktiviteter) från {plan.Source}");
                    foreach (var warning in plan.Warnings)
                        await output.WriteLineAsync($"  Obs: {warning}");
                }
                return ExitCodes.Ok;
            default:
                throw new InvalidOperationException($"Unknown import result {result.GetType().Name}");
        }
    }
}
