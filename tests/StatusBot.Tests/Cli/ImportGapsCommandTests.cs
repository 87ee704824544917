using System.Text.Json.Nodes;
using StatusBot.Testing;

namespace StatusBot.Tests.Cli;

/// <summary>
/// <c>import</c> makes loss impossible to miss: the per-plan table account, exit 1 on unclear table lines unless
/// <c>--accept-gaps</c> (then the gaps are stored and exported), duplicate plans and oversized files refused.
/// </summary>
public class ImportGapsCommandTests
{
    private static readonly string Hagersten = RepoPaths.Seed(RepoPaths.Hagersten);

    /// <summary>The seed with one indicator's values garbled, so its name lines can be read into no row.</summary>
    private static string DamagedHagersten()
    {
        var lines = File.ReadAllLines(Hagersten).ToList();
        var values = lines.FindIndex(l => l == "24 % 24 % Tertial ");
        Assert.True(values > 0);
        lines[values] = "24 % 2x % Tertial ";
        var file = Path.Combine(Directory.CreateTempSubdirectory("statusbot-gaps-").FullName, "hagersten-skadad.txt");
        File.WriteAllLines(file, lines);
        return file;
    }

    [Fact]
    public async Task Every_seed_reports_its_table_account_with_no_unclear_lines()
    {
        var run = await CliRunner.RunAsync("import", Hagersten, RepoPaths.Seed(RepoPaths.Enskede), RepoPaths.Seed(RepoPaths.Stod), "--store", CliRunner.TempStore());

        Assert.Equal(0, run.Exit);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(run.Out, @"\d[\d ]* rader i tabeller: \d[\d ]* inlästa, \d[\d ]* ignorerade som sidhuvud/sidfot, 0 oklara").Count);
    }

    [Fact]
    public async Task Unclear_table_lines_refuse_the_import_and_save_nothing()
    {
        var store = CliRunner.TempStore();

        var run = await CliRunner.RunAsync("import", DamagedHagersten(), "--store", store);

        Assert.Equal(1, run.Exit);
        Assert.Contains("3 oklara", run.Err);
        Assert.Contains("Oklar: rad 848", run.Err);
        Assert.Contains("--accept-gaps", run.Err);
        Assert.Empty(Plans((await CliRunner.RunAsync("export", "--store", store)).Out));
    }

    [Fact]
    public async Task Accepted_gaps_are_stored_and_exported()
    {
        var store = CliRunner.TempStore();

        var run = await CliRunner.RunAsync("import", DamagedHagersten(), "--store", store, "--accept-gaps");

        Assert.Equal(0, run.Exit);
        Assert.Contains("3 oklara", run.Out);
        var plan = Assert.Single(Plans((await CliRunner.RunAsync("export", "--store", store)).Out))!;
        var gaps = plan["importGaps"]!.AsArray();
        Assert.Equal([848, 849, 851], gaps.Select(g => (int)g!["line"]!));
        Assert.Equal("24 % 2x % Tertial", (string?)gaps[2]!["text"]);
    }

    [Fact]
    public async Task The_same_plan_twice_is_refused()
    {
        var copy = Path.Combine(Directory.CreateTempSubdirectory("statusbot-twice-").FullName, "kopia.txt");
        File.Copy(Hagersten, copy);
        var store = CliRunner.TempStore();

        var run = await CliRunner.RunAsync("import", Hagersten, copy, "--store", store);

        Assert.Equal(1, run.Exit);
        Assert.Contains("Samma plan finns två gånger", run.Err);
        Assert.Empty(Plans((await CliRunner.RunAsync("export", "--store", store)).Out));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused()
    {
        var run = await CliRunner.RunAsync("import", Hagersten, "--store", CliRunner.TempStore(), "--max-mb", "0");
        Assert.Equal(2, run.Exit);

        if (!File.Exists("/dev/zero")) return;
        var zero = await CliRunner.RunAsync("import", "/dev/zero", "--store", CliRunner.TempStore(), "--max-mb", "1");
        Assert.Equal(1, zero.Exit);
        Assert.Contains("större än de 1 MB", zero.Err);
    }

    private static JsonArray Plans(string exportJson) => JsonNode.Parse(exportJson)!["plans"]!.AsArray();
}
