using System.Security.Cryptography;
using StatusBot.Testing;

namespace StatusBot.Tests.Cli;

/// <summary>
/// The dry run over the Enskede seed (2023) and the demo's responsibilities: alexw@example.com answers for four
/// nämndmål and coordinates the nämnd.
/// </summary>
public class RemindCommandTests
{
    private const string Organisation = "Enskede-Årsta-Vantörs stadsdelsnämnd";

    private static readonly Lazy<string> Store = new(() =>
    {
        var store = CliRunner.TempStore();
        var result = CliRunner.RunAsync("import", RepoPaths.Seed(RepoPaths.Enskede), "--store", store).GetAwaiter().GetResult();
        Assert.Equal(0, result.Exit);
        return store;
    });

    private static string CalendarFile()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("statusbot-remind-").FullName, "kalender.json");
        File.WriteAllText(file, $$"""
            { "format": "statusbot-calendar",
              "calendars": [ { "Organisation": "{{Organisation}}", "Year": 2023,
                               "Deadlines": { "T1": "2023-05-04", "T2": "2023-09-04", "VB": "2024-01-29" },
                               "Coordinators": [ "controller@example.com" ] } ] }
            """);
        return file;
    }

    [Fact]
    public async Task Dry_run_prints_the_early_reminder_bundled_for_the_responsible_person()
    {
        var before = Hash(Store.Value);
        // 2023: Easter Monday 10 April and 1 May push the early reminder of a 4 May deadline to 13 April.
        var result = await CliRunner.RunAsync("remind", "--dry-run", "--at", "2023-04-20T09:00", "--calendar", CalendarFile(), "--store", Store.Value);

        Assert.Equal(0, result.Exit);
        Assert.Contains("Påminnelser som skulle skickas 2023-04-20 09:00", result.Out);
        Assert.Contains("Första påminnelsen, tertialrapport 1 2023, " + Organisation, result.Out);
        Assert.Contains("Till: alexw@example.com", result.Out);
        Assert.Contains("Skickas: 2023-04-13 08:00   Sista dag: 2023-05-04 23:59", result.Out);
        foreach (var goal in new[] { "3.6.1", "1.3.2", "2.1.1", "3.7.1" })
            Assert.Contains($"  - {goal} ", result.Out);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Out, "Till: "));
        Assert.Equal(before, Hash(Store.Value));
    }

    [Fact]
    public async Task Dry_run_after_the_deadline_prints_the_escalation_to_every_coordinator()
    {
        var result = await CliRunner.RunAsync("remind", "--dry-run", "--at", "2023-05-08T08:00", "--calendar", CalendarFile(), "--store", Store.Value);

        Assert.Equal(0, result.Exit);
        Assert.Contains("Till: controller@example.com", result.Out);
        Assert.Contains("Till: alexw@example.com", result.Out); // the demo user is also the nämnd's coordinator
        Assert.Contains("(ansvarig: alexw@example.com)", result.Out);
        Assert.DoesNotContain("Första påminnelsen", result.Out);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(result.Out, "Eskalering, tertialrapport 1 2023").Count);
    }

    [Fact]
    public async Task Dry_run_reads_the_responsibilities_imported_with_people_import_as_the_bot_does()
    {
        var store = CliRunner.TempStore();
        Assert.Equal(0, (await CliRunner.RunAsync("import", RepoPaths.Seed(RepoPaths.Enskede), "--store", store)).Exit);
        var csv = Path.Combine(Directory.CreateTempSubdirectory("statusbot-remind-people-").FullName, "ansvar.csv");
        await File.WriteAllTextAsync(csv, $"organisation;year;goal;upn;role\n{Organisation};2023;1.1.1;chef.importerad@stockholm.se;Ansvarig\n");
        Assert.Equal(0, (await CliRunner.RunAsync("people", "import", csv, "--store", store)).Exit);

        var result = await CliRunner.RunAsync("remind", "--dry-run", "--at", "2023-04-20T09:00", "--calendar", CalendarFile(), "--store", store);

        Assert.Equal(0, result.Exit);
        Assert.Contains("Till: chef.importerad@stockholm.se", result.Out);
        var own = result.Out[result.Out.IndexOf("Till: chef.importerad@stockholm.se", StringComparison.Ordinal)..];
        Assert.Contains("  - 1.1.1 ", own);
    }

    [Fact]
    public async Task Dry_run_refuses_a_store_that_does_not_exist_and_creates_none()
    {
        var missing = Path.Combine(Directory.CreateTempSubdirectory("statusbot-remind-typo-").FullName, "typo.db");

        var result = await CliRunner.RunAsync("remind", "--dry-run", "--calendar", CalendarFile(), "--store", missing);

        Assert.Equal(1, result.Exit);
        Assert.Contains("finns inte", result.Err);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Before_any_step_nothing_is_due()
    {
        var result = await CliRunner.RunAsync("remind", "--dry-run", "--at", "2023-03-01", "--calendar", CalendarFile(), "--store", Store.Value);
        Assert.Equal(0, result.Exit);
        Assert.Contains("Inga påminnelser är aktuella.", result.Out);
    }

    [Fact]
    public async Task Without_dry_run_it_says_the_bot_sends()
    {
        var result = await CliRunner.RunAsync("remind");
        Assert.Equal(0, result.Exit);
        Assert.Contains("skickas av den körande boten", result.Out);
    }

    [Fact]
    public async Task A_bad_time_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("remind", "--dry-run", "--at", "i morgon", "--calendar", CalendarFile(), "--store", Store.Value);
        Assert.Equal(2, result.Exit);
        Assert.Contains("Okänd tidpunkt", result.Err);
    }

    [Fact]
    public async Task A_goal_submitted_in_the_store_is_not_in_the_reminder()
    {
        var store = CliRunner.TempStore();
        Assert.Equal(0, (await CliRunner.RunAsync("import", RepoPaths.Seed(RepoPaths.Enskede), "--store", store)).Exit);
        await using (var goals = StatusBot.Storage.GoalStoreFactory.Open(store))
        {
            await goals.MigrateAsync();
            var plan = (await goals.GetAllPlansAsync()).First(p => p.Organisation == Organisation && p.FindByNumber("3.6.1") is not null);
            var goal = plan.FindByNumber("3.6.1")!;
            var entry = new StatusBot.Domain.Outcomes.OutcomeEntry(goal.Id, new StatusBot.Domain.Periods.ReportingPeriod(2023, StatusBot.Domain.Periods.PeriodKind.T1),
                StatusBot.Domain.Outcomes.OutcomeState.Submitted, new StatusBot.Domain.Outcomes.OutcomeContent { Bedomning = StatusBot.Domain.Assessments.Bedomning.UppfyllsHelt })
            { AuthorId = "00000000-0000-0000-0000-0000000000020", RecordedAt = DateTimeOffset.UtcNow };
            var stored = await ((StatusBot.Domain.Store.IOutcomeStore)goals).SubmitAsync(entry);
            Assert.Equal(StatusBot.Domain.Store.SubmitStatus.Stored, stored.Status);
        }

        var result = await CliRunner.RunAsync("remind", "--dry-run", "--at", "2023-04-28T08:00", "--calendar", CalendarFile(), "--store", store);

        Assert.Equal(0, result.Exit);
        Assert.Contains("Andra påminnelsen, tertialrapport 1 2023", result.Out);
        Assert.DoesNotContain("  - 3.6.1 ", result.Out);
        foreach (var goal in new[] { "1.3.2", "2.1.1", "3.7.1" })
            Assert.Contains($"  - {goal} ", result.Out);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
