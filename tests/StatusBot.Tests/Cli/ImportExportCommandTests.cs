using System.Text.Json.Nodes;
using StatusBot.Testing;

namespace StatusBot.Tests.Cli;

public class ImportExportCommandTests
{
    private static readonly string[] Seeds = [RepoPaths.Seed(RepoPaths.Hagersten), RepoPaths.Seed(RepoPaths.Enskede), RepoPaths.Seed(RepoPaths.Stod)];

    [Fact]
    public async Task Import_of_the_seeds_then_export_gives_the_documented_json()
    {
        var store = CliRunner.TempStore();

        var import = await CliRunner.RunAsync(["import", .. Seeds, "--store", store]);
        Assert.Equal(0, import.Exit);
        Assert.Contains("Ny: Hägersten-Älvsjö stadsdelsnämnd, verksamhetsplan 2024", import.Out);

        var export = await CliRunner.RunAsync("export", "--format", "json", "--store", store);
        Assert.Equal(0, export.Exit);
        var json = JsonNode.Parse(export.Out)!;
        var plans = json["plans"]!.AsArray();
        Assert.Equal(3, plans.Count);
        var hagersten = plans.Single(p => (string?)p!["organisation"] == "Hägersten-Älvsjö stadsdelsnämnd")!;
        Assert.Equal(2024, (int)hagersten["year"]!);
        Assert.Equal("verksamhetsplan", (string?)hagersten["document"]);
        var goal = hagersten["goals"]!.AsArray().Single(g => (string?)g!["number"] == "3.6.3")!;
        Assert.Equal("namndmal", (string?)goal["level"]);
        Assert.Equal("3.6", (string?)goal["parent"]);
        Assert.Equal("Stöd erbjuds till unga och vuxna som vill lämna en kriminell livsstil", (string?)goal["title"]);
    }

    [Fact]
    public async Task Re_importing_the_same_document_updates_in_place()
    {
        var store = CliRunner.TempStore();
        await CliRunner.RunAsync("import", Seeds[0], "--store", store);
        var first = (await CliRunner.RunAsync("export", "--store", store)).Out;

        var again = await CliRunner.RunAsync("import", Seeds[0], "--store", store);

        Assert.Equal(0, again.Exit);
        Assert.Contains("Uppdaterad:", again.Out);
        var second = (await CliRunner.RunAsync("export", "--store", store)).Out;
        Assert.Equal(Plans(first).Count, Plans(second).Count);
        Assert.Equal(Goals(first), Goals(second));
    }

    [Fact]
    public async Task Export_then_import_into_a_new_store_gives_the_same_store_back()
    {
        var original = CliRunner.TempStore();
        await CliRunner.RunAsync(["import", .. Seeds, "--store", original]);
        var exportFile = Path.Combine(Path.GetDirectoryName(original)!, "export.json");
        Assert.Equal(0, (await CliRunner.RunAsync("export", "--store", original, "--output", exportFile)).Exit);

        var copy = CliRunner.TempStore();
        var import = await CliRunner.RunAsync("import", exportFile, "--store", copy);

        Assert.Equal(0, import.Exit);
        var a = (await CliRunner.RunAsync("export", "--store", original)).Out;
        var b = (await CliRunner.RunAsync("export", "--store", copy)).Out;
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task A_bad_file_names_file_and_line_exits_non_zero_and_leaves_the_store_unchanged()
    {
        var store = CliRunner.TempStore();
        await CliRunner.RunAsync("import", Seeds[2], "--store", store);
        var before = (await CliRunner.RunAsync("export", "--store", store)).Out;
        var bad = Path.Combine(Path.GetDirectoryName(store)!, "inte-en-plan.txt");
        await File.WriteAllTextAsync(bad, "Det här är en inköpslista.\nMjölk\nBröd\n");

        // A good file in the same call must not be saved either: one transaction per import.
        var result = await CliRunner.RunAsync("import", Seeds[0], bad, "--store", store);

        Assert.Equal(1, result.Exit);
        Assert.Contains("inte-en-plan.txt", result.Err);
        Assert.Contains("rad ", result.Err);
        Assert.Contains("oförändrat", result.Err);
        Assert.Equal(before, (await CliRunner.RunAsync("export", "--store", store)).Out);
    }

    [Fact]
    public async Task Broken_json_is_refused_with_its_line()
    {
        var store = CliRunner.TempStore();
        var bad = Path.Combine(Path.GetDirectoryName(store)!, "trasig.json");
        await File.WriteAllTextAsync(bad, "{\n  \"format\": \"statusbot-export\",\n  \"version\": 1,\n  \"plans\": [ {\n");

        var result = await CliRunner.RunAsync("import", bad, "--store", store);

        Assert.Equal(1, result.Exit);
        Assert.Contains("trasig.json", result.Err);
        Assert.Contains("rad", result.Err);
    }

    [Fact]
    public async Task Export_from_a_store_that_does_not_exist_is_refused_and_creates_none()
    {
        var missing = Path.Combine(Directory.CreateTempSubdirectory("statusbot-export-typo-").FullName, "typo.db");

        foreach (var args in new[] { new[] { "export", "--store", missing }, ["export", "--format", "md", "--period", "VB", "--year", "2023", "--store", missing] })
        {
            var result = await CliRunner.RunAsync(args);
            Assert.Equal(1, result.Exit);
            Assert.Contains("finns inte", result.Err);
            Assert.False(File.Exists(missing));
        }
    }

    [Fact]
    public async Task Export_to_a_folder_says_so_in_swedish_without_a_stack_trace()
    {
        var store = CliRunner.TempStore();
        Assert.Equal(0, (await CliRunner.RunAsync("import", RepoPaths.Seed(RepoPaths.Stod), "--store", store)).Exit);
        var folder = Directory.CreateTempSubdirectory("statusbot-export-folder-").FullName;

        foreach (var args in new[] { new[] { "export", "--store", store, "--output", folder }, ["export", "--format", "docx", "--period", "VB", "--year", "2023", "--store", store, "--output", folder] })
        {
            var result = await CliRunner.RunAsync(args);
            Assert.Equal(1, result.Exit);
            Assert.Contains("är en mapp", result.Err);
            Assert.DoesNotContain("   at ", result.Err);
        }
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var result = await CliRunner.RunAsync("import", "/finns/inte.txt", "--store", CliRunner.TempStore());
        Assert.Equal(1, result.Exit);
        Assert.Contains("finns inte", result.Err);
    }

    [Fact]
    public async Task Command_line_values_override_what_the_document_says()
    {
        var store = CliRunner.TempStore();
        var result = await CliRunner.RunAsync("import", Seeds[0], "--store", store, "--organisation", "Testnämnden", "--year", "2025");
        Assert.Equal(0, result.Exit);
        var plans = Plans((await CliRunner.RunAsync("export", "--store", store)).Out);
        Assert.Equal(("Testnämnden", 2025), ((string)plans[0]!["organisation"]!, (int)plans[0]!["year"]!));
    }

    private static JsonArray Plans(string json) => JsonNode.Parse(json)!["plans"]!.AsArray();

    private static string[] Goals(string json) =>
        Plans(json).SelectMany(p => p!["goals"]!.AsArray()).Select(g => $"{g!["id"]} {g["title"]}").ToArray();
}
