using System.Text.Json.Nodes;
using StatusBot.Testing;

namespace StatusBot.Tests.Cli;

public class AskCommandTests
{
    private static readonly Lazy<string> Store = new(() =>
    {
        var store = CliRunner.TempStore();
        var result = CliRunner.RunAsync("import", RepoPaths.Seed(RepoPaths.Enskede), RepoPaths.Seed(RepoPaths.Hagersten), "--store", store).GetAwaiter().GetResult();
        Assert.Equal(0, result.Exit);
        return store;
    });

    [Fact]
    public async Task A_store_that_does_not_exist_is_named_and_not_created()
    {
        var missing = Path.Combine(Directory.CreateTempSubdirectory("statusbot-cli-").FullName, "finns-inte.db");

        var result = await CliRunner.RunAsync("ask", "hur går nämndmål 3.6.1?", "--store", missing);

        Assert.Equal(1, result.Exit);
        Assert.Contains("finns-inte.db finns inte", result.Err);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Json_format_prints_the_reply_activities_with_the_card()
    {
        var result = await CliRunner.RunAsync("ask", "hur går nämndmål 3.6.1 i Enskede-Årsta-Vantör?", "--format", "json", "--store", Store.Value);

        Assert.Equal(0, result.Exit);
        var activities = JsonNode.Parse(result.Out)!.AsArray();
        var activity = Assert.Single(activities)!;
        Assert.Equal("message", (string?)activity["type"]);
        var attachment = activity["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("1.5", (string?)attachment["content"]!["version"]);
        Assert.Contains("Stadsdelsområdet är tryggt, tillgängligt och välskött", attachment["content"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task Text_format_renders_the_card_for_a_terminal()
    {
        var result = await CliRunner.RunAsync("ask", "nämndmål 3.6.3 i Hägersten-Älvsjö", "--store", Store.Value);

        Assert.Equal(0, result.Exit);
        Assert.Contains("Stöd erbjuds till unga och vuxna som vill lämna en kriminell livsstil", result.Out);
        Assert.Contains("Ej bedömd", result.Out);
    }

    [Fact]
    public async Task A_number_typed_with_commas_answers_for_the_default_namnd_unless_another_is_named()
    {
        // appsettings.json makes the demo answer for Enskede-Årsta-Vantör when no default organisation is configured.
        var plain = await CliRunner.RunAsync("ask", "3,6,1", "--store", Store.Value);
        var named = await CliRunner.RunAsync("ask", "3,6,1 i Hägersten-Älvsjö", "--store", Store.Value);

        Assert.Contains("Stadsdelsområdet är tryggt, tillgängligt och välskött", plain.Out);
        Assert.Contains("Det socialt förebyggande arbetet bidrar till att stadsdelsområdet är tryggt att bo och vistas i", named.Out);
    }

    [Fact]
    public async Task Nonsense_gets_a_swedish_explanation()
    {
        var result = await CliRunner.RunAsync("ask", "asdf qwerty zxcv", "--store", Store.Value);
        Assert.Equal(0, result.Exit);
        Assert.Contains("hjälp", result.Out);
    }

    [Fact]
    public async Task Ask_never_changes_the_store()
    {
        // An existing, empty store: asking must not seed the demo documents into it.
        var empty = CliRunner.TempStore();
        await using (var store = StatusBot.Storage.GoalStoreFactory.Open(empty)) await store.MigrateAsync();
        var result = await CliRunner.RunAsync("ask", "hjälp", "--store", empty);
        Assert.Equal(0, result.Exit);
        var export = JsonNode.Parse((await CliRunner.RunAsync("export", "--store", empty)).Out)!;
        Assert.Empty(export["plans"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("ask", "hjälp", "--format", "xml", "--store", CliRunner.TempStore());
        Assert.NotEqual(0, result.Exit);
    }
}
