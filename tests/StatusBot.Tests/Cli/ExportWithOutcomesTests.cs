using StatusBot.Domain.Assessments;
using StatusBot.Domain.Indicators;
using StatusBot.Domain.Outcomes;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Store;
using StatusBot.Storage;
using StatusBot.Testing;

namespace StatusBot.Tests.Cli;

/// <summary>The period export shows what chiefs submitted through the real outcome store, not only imported text.</summary>
public class ExportWithOutcomesTests
{
    [Fact]
    public async Task A_submitted_T2_outcome_appears_in_the_markdown_export()
    {
        var store = CliRunner.TempStore();
        Assert.Equal(0, (await CliRunner.RunAsync("import", RepoPaths.Seed(RepoPaths.Enskede), "--store", store)).Exit);
        var period = new ReportingPeriod(2023, PeriodKind.T2);
        await using (var goals = GoalStoreFactory.OpenRelational(store))
        {
            await goals.MigrateAsync();
            var plan = (await goals.GetAllPlansAsync()).Single();
            var goal = plan.FindByNumber("3.6.1")!;
            var result = await ((IOutcomeStore)goals).SubmitAsync(new OutcomeEntry(goal.Id, period, OutcomeState.Submitted, new OutcomeContent
            {
                Bedomning = Bedomning.UppfyllsDelvis,
                Analysis = "Tryggheten i Årsta har minskat under sommaren; åtgärder pågår.",
            })
            { AuthorId = "00000000-0000-0000-0000-000000000020", AuthorName = "Alex Wilber", SourceActivityId = "act-1" });
            Assert.Equal(SubmitStatus.Stored, result.Status);
        }

        var export = await CliRunner.RunAsync("export", "--format", "md", "--period", "T2", "--year", "2023", "--store", store);

        Assert.Equal(0, export.Exit);
        Assert.Contains("Uppfylls delvis", export.Out);
        Assert.Contains("Tryggheten i Årsta har minskat under sommaren; åtgärder pågår.", export.Out);
        Assert.Contains("Ej rapporterad", export.Out);
    }
}
