using System.Text;
using StatusBot.Domain.People;
using StatusBot.Domain.Store;
using StatusBot.Storage;
using StatusBot.Testing;

namespace StatusBot.Tests.Cli;

public class PeopleImportCommandTests
{
    private const string Org = "Hägersten-Älvsjö stadsdelsnämnd";

    private static async Task<string> StoreWithHagerstenAsync()
    {
        var store = CliRunner.TempStore();
        var import = await CliRunner.RunAsync("import", RepoPaths.Seed(RepoPaths.Hagersten), "--store", store);
        Assert.Equal(0, import.Exit);
        return store;
    }

    private static string Csv(string text, bool bom = false)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("statusbot-people-").FullName, "ansvar.csv");
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    private static async Task<IReadOnlyList<Responsibility>> StoredAsync(string store)
    {
        await using var goals = GoalStoreFactory.Open(store);
        return await ((IResponsibilityStore)goals).AllAsync();
    }

    [Theory]
    [InlineData("anna\u0000@stockholm.se")]
    [InlineData("anna\u202E@stockholm.se")]
    [InlineData("an\u200Bna@stockholm.se")]
    public async Task Hidden_characters_in_an_address_are_refused_by_line_and_nothing_is_saved(string upn)
    {
        var store = await StoreWithHagerstenAsync();
        var csv = Csv($"organisation;year;goal;upn;role\n{Org};2024;3.6.3;{upn};Ansvarig\n");

        var run = await CliRunner.RunAsync("people", "import", csv, "--store", store);

        Assert.Equal(1, run.Exit);
        Assert.Contains("Rad 2", run.Err);
        Assert.Contains("osynliga tecken", run.Err);
        Assert.Empty(await StoredAsync(store));
    }

    [Fact]
    public async Task Good_file_with_bom_semicolons_swedish_roles_and_comma_numbers_is_stored()
    {
        var store = await StoreWithHagerstenAsync();
        var csv = Csv($"""
            organisation;year;goal;upn;role
            {Org};2024;3.6.3;anna.andersson@stockholm.se;Ansvarig
            hägersten-älvsjö stadsdelsnämnd;2024;3,6,3;bo.berg@stockholm.se;delegat
            {Org};2024;;cecilia@stockholm.se;samordnare

            """, bom: true);

        var run = await CliRunner.RunAsync("people", "import", csv, "--store", store);

        Assert.Equal(0, run.Exit);
        Assert.Contains($"{Org} 2024: 1 ansvarig, 1 delegat, 1 samordnare", run.Out);
        Assert.Equal(
            [
                new Responsibility(Org, 2024, "3.6.3", new PersonRef("anna.andersson@stockholm.se"), ResponsibilityRole.Ansvarig),
                new Responsibility(Org, 2024, "3.6.3", new PersonRef("bo.berg@stockholm.se"), ResponsibilityRole.Delegate),
                new Responsibility(Org, 2024, null, new PersonRef("cecilia@stockholm.se"), ResponsibilityRole.Coordinator),
            ],
            await StoredAsync(store));
    }

    [Fact]
    public async Task Comma_separated_file_with_quoted_number_and_columns_in_another_order_is_stored()
    {
        var store = await StoreWithHagerstenAsync();
        var csv = Csv($"""
            upn,role,organisation,year,goal
            anna@stockholm.se,Coordinator,{Org},2024,
            bo@stockholm.se,Delegate,{Org},2024,"3,6,3"
            """);

        var run = await CliRunner.RunAsync("people", "import", csv, "--store", store);

        Assert.Equal(0, run.Exit);
        var stored = await StoredAsync(store);
        Assert.Equal([null, "3.6.3"], stored.Select(r => r.GoalNumber));
        Assert.Equal([ResponsibilityRole.Coordinator, ResponsibilityRole.Delegate], stored.Select(r => r.Role));
    }

    [Fact]
    public async Task Re_import_replaces_the_previous_list()
    {
        var store = await StoreWithHagerstenAsync();
        await CliRunner.RunAsync("people", "import", Csv($"organisation;year;goal;upn;role\n{Org};2024;3.6.3;old@stockholm.se;Ansvarig\n"), "--store", store);

        var run = await CliRunner.RunAsync("people", "import", Csv($"organisation;year;goal;upn;role\n{Org};2024;3.6.3;new@stockholm.se;Ansvarig\n"), "--store", store);

        Assert.Equal(0, run.Exit);
        Assert.Equal(["new@stockholm.se"], (await StoredAsync(store)).Select(r => r.Person.Upn));
    }

    [Theory]
    [InlineData("{0};2024;3.6.3;anna@stockholm.se;chef", "Rad 3: okänd roll 'chef'")]
    [InlineData("{0};2024;3.6.3;anna.stockholm.se;Ansvarig", "Rad 3: 'anna.stockholm.se' är ingen giltig e-postadress")]
    [InlineData("{0};;3.6.3;anna@stockholm.se;Ansvarig", "Rad 3: år saknas")]
    [InlineData("{0};tjugo;3.6.3;anna@stockholm.se;Ansvarig", "Rad 3: 'tjugo' är inget år")]
    [InlineData("{0};2024;9.9.9;anna@stockholm.se;Ansvarig", "Rad 3: mål 9.9.9 finns inte i planen för")]
    [InlineData("{0};2024;;anna@stockholm.se;Ansvarig", "Rad 3: målnummer saknas")]
    [InlineData("{0};2024;3.6.3;anna@stockholm.se;Samordnare", "Rad 3: en samordnare gäller alla mål")]
    [InlineData("{0};2023;3.6.3;anna@stockholm.se;Ansvarig", "Rad 3: det finns ingen plan för")]
    [InlineData("Okänd nämnd;2024;3.6.3;anna@stockholm.se;Ansvarig", "Rad 3: det finns ingen plan för Okänd nämnd 2024")]
    [InlineData("{0};2024;3.6.3;anna@stockholm.se", "Rad 3: 4 fält")]
    public async Task A_bad_line_is_named_in_swedish_and_leaves_the_store_unchanged(string badLine, string expected)
    {
        var store = await StoreWithHagerstenAsync();
        await CliRunner.RunAsync("people", "import", Csv($"organisation;year;goal;upn;role\n{Org};2024;3.6.3;kept@stockholm.se;Ansvarig\n"), "--store", store);
        var csv = Csv($"organisation;year;goal;upn;role\n{Org};2024;3.6.3;new@stockholm.se;Ansvarig\n{string.Format(System.Globalization.CultureInfo.InvariantCulture, badLine, Org)}\n");

        var run = await CliRunner.RunAsync("people", "import", csv, "--store", store);

        Assert.Equal(1, run.Exit);
        Assert.Contains(expected, run.Err);
        Assert.Contains("Ingenting har lästs in", run.Err);
        Assert.Equal(["kept@stockholm.se"], (await StoredAsync(store)).Select(r => r.Person.Upn));
    }

    [Fact]
    public async Task Every_bad_line_is_reported_not_only_the_first()
    {
        var store = await StoreWithHagerstenAsync();
        var csv = Csv($"organisation;year;goal;upn;role\n{Org};2024;3.6.3;x;Ansvarig\n{Org};2024;3.6.3;y@stockholm.se;boss\n");

        var run = await CliRunner.RunAsync("people", "import", csv, "--store", store);

        Assert.Equal(1, run.Exit);
        Assert.Contains("Rad 2:", run.Err);
        Assert.Contains("Rad 3:", run.Err);
        Assert.Empty(await StoredAsync(store));
    }

    [Fact]
    public async Task A_header_without_the_required_columns_is_refused()
    {
        var store = await StoreWithHagerstenAsync();

        var run = await CliRunner.RunAsync("people", "import", Csv($"namn;e-post\nAnna;anna@stockholm.se\n"), "--store", store);

        Assert.Equal(1, run.Exit);
        Assert.Contains("Rad 1: rubrikraden saknar organisation, year, goal, role", run.Err);
    }
}

public class ImportOfCsvTests
{
    [Fact]
    public async Task Plain_import_of_a_csv_points_to_people_import()
    {
        var run = await CliRunner.RunAsync("import", "ansvar.csv", "--store", CliRunner.TempStore());

        Assert.Equal(2, run.Exit);
        Assert.Contains("statusbot people import ansvar.csv", run.Err);
    }
}
