using System.Text.Json;
using StatusBot.Deployment.Tests.Support;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>
/// The manifest declares the surfaces of issue 18 as the bot implements them: the search command (id and parameter
/// the invoke handler reads), link unfurling on the app's own domain, prompt starters in every scope.
/// </summary>
public sealed class TeamsSurfacesManifestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private JsonElement Built(params string[] arguments)
    {
        using var manifest = JsonDocument.Parse(ManifestBuild.ReadManifest(ManifestBuild.BuildValid(_temp.Path, arguments)));
        return manifest.RootElement.Clone();
    }

    [Fact]
    public void The_search_command_is_a_query_in_the_compose_and_command_boxes_with_the_parameter_the_bot_reads()
    {
        var extension = Assert.Single(Built().GetProperty("composeExtensions").EnumerateArray());
        Assert.Equal(ManifestBuild.BotId, extension.GetProperty("botId").GetString());
        var command = Assert.Single(extension.GetProperty("commands").EnumerateArray());
        Assert.Equal("sokMal", command.GetProperty("id").GetString());
        Assert.Equal("query", command.GetProperty("type").GetString());
        Assert.True(command.GetProperty("initialRun").GetBoolean());
        Assert.Equal(["compose", "commandBox"], command.GetProperty("context").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("sokord", Assert.Single(command.GetProperty("parameters").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public void Links_on_the_apps_own_domain_unfurl()
    {
        var handler = Assert.Single(Built().GetProperty("composeExtensions")[0].GetProperty("messageHandlers").EnumerateArray());
        Assert.Equal("link", handler.GetProperty("type").GetString());
        Assert.Equal([ManifestBuild.Domain], handler.GetProperty("value").GetProperty("domains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void Every_bot_command_is_a_prompt_starter_in_every_scope_and_the_1_25_fallback_drops_only_the_prompt_keys()
    {
        var lists = Built().GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray().ToList();
        Assert.Equal(["personal", "team", "groupChat"], lists.SelectMany(l => l.GetProperty("scopes").EnumerateArray()).Select(s => s.GetString()));
        foreach (var command in lists.SelectMany(l => l.GetProperty("commands").EnumerateArray()))
        {
            Assert.Equal("prompt", command.GetProperty("type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(command.GetProperty("prompt").GetString()));
        }

        var fallback = Built("--manifest-version", "1.25", "--out", Path.Combine(_temp.Path, "v125"));
        var commands = fallback.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray().SelectMany(l => l.GetProperty("commands").EnumerateArray()).ToList();
        Assert.Equal(lists.SelectMany(l => l.GetProperty("commands").EnumerateArray()).Count(), commands.Count);
        Assert.All(commands, c => Assert.False(c.TryGetProperty("prompt", out _) || c.TryGetProperty("type", out _)));
        Assert.True(commands.All(c => c.TryGetProperty("description", out _)));
    }
}
