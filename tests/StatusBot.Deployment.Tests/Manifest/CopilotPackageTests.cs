using System.IO.Compression;
using System.Text.Json.Nodes;
using StatusBot.Deployment.Tests.Support;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>
/// build.sh packs the Copilot agent (declarative agent + MCP plugin) next to the Teams app, whose manifest names
/// the bot as a custom engine agent; both validate against their published schemas, and the validator catches
/// what Copilot would reject.
/// </summary>
public sealed class CopilotPackageTests : IDisposable
{
    public const string AgentAppId = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public const string OAuthReferenceId = "c3RhdHVzYm90LW1jcC1vYXV0aA==";

    private readonly TempFolder _temp = new();
    private readonly string _teams;
    private readonly string _agent;

    public CopilotPackageTests()
    {
        var result = ManifestBuild.Run("--bot-id", ManifestBuild.BotId, "--domain", ManifestBuild.Domain, "--out", _temp.Path,
            "--agent-app-id", AgentAppId, "--oauth-reference-id", OAuthReferenceId);
        Assert.True(result.ExitCode == 0, result.ToString());
        var zips = result.StandardOutput.Trim().Split('\n');
        Assert.Equal(2, zips.Length);
        (_teams, _agent) = (zips[0], zips[1]);
    }

    public void Dispose() => _temp.Dispose();

    private IReadOnlyList<string> ValidateAgent(string zip) =>
        CopilotPackageValidator.Validate(zip, ManifestBuild.Schema, ManifestBuild.Domain);

    [Fact]
    public void The_agent_package_is_valid_against_the_Teams_declarative_agent_and_plugin_schemas() =>
        Assert.Empty(ValidateAgent(_agent));

    [Fact]
    public void The_agent_package_carries_manifest_agent_plugin_and_icons_at_its_root()
    {
        using var zip = ZipFile.OpenRead(_agent);
        Assert.Equal(["color.png", "declarativeAgent.json", "manifest.json", "outline.png", "plugin.json"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void The_Teams_package_stays_valid_and_names_the_bot_as_a_custom_engine_agent()
    {
        Assert.Empty(TeamsPackageValidator.Validate(_teams, ManifestBuild.Schema, PackageRequirements.StatusBot(ManifestBuild.BotId, ManifestBuild.Domain)));
        var manifest = JsonNode.Parse(ManifestBuild.ReadManifest(_teams))!;
        var agent = manifest["copilotAgents"]!["customEngineAgents"]![0]!;
        Assert.Equal("bot", agent["type"]!.GetValue<string>());
        Assert.Equal(manifest["bots"]![0]!["botId"]!.GetValue<string>(), agent["id"]!.GetValue<string>());
    }

    [Fact]
    public void The_plugin_points_at_the_hosts_mcp_endpoint_with_the_oauth_registration()
    {
        var plugin = JsonNode.Parse(Entry(_agent, "plugin.json"))!;
        var runtime = plugin["runtimes"]![0]!;
        Assert.Equal("RemoteMCPServer", runtime["type"]!.GetValue<string>());
        Assert.Equal($"https://{ManifestBuild.Domain}/mcp", runtime["spec"]!["url"]!.GetValue<string>());
        Assert.Equal(OAuthReferenceId, runtime["auth"]!["reference_id"]!.GetValue<string>());
    }

    [Fact]
    public void The_Teams_schema_allows_no_app_with_both_kinds_of_agent_which_is_why_there_are_two_packages()
    {
        var both = JsonNode.Parse(ManifestBuild.ReadManifest(_teams))!;
        both["copilotAgents"]!["declarativeAgents"] = new JsonArray(new JsonObject { ["id"] = "statusbotAgent", ["file"] = "declarativeAgent.json" });

        Assert.NotEmpty(ManifestSchema.Validate(both.ToJsonString(), ManifestBuild.Schema));
    }

    [Fact]
    public void A_plugin_runtime_of_an_unknown_type_is_reported_by_the_plugin_schema()
    {
        var broken = EditEntry("plugin.json", json => json["runtimes"]![0]!["type"] = "RemoteServer");

        Assert.Contains(ValidateAgent(broken), p => p.StartsWith("plugin.json: schema:", StringComparison.Ordinal));
    }

    [Fact]
    public void Seven_conversation_starters_are_reported_by_the_declarative_agent_schema()
    {
        var broken = EditEntry("declarativeAgent.json", json =>
            json["conversation_starters"]!.AsArray().Add(new JsonObject { ["text"] = "En fråga till" }));

        Assert.Contains(ValidateAgent(broken), p => p.StartsWith("declarativeAgent.json: schema:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declarative_agent_without_its_required_name_is_reported()
    {
        var broken = EditEntry("declarativeAgent.json", json => json.AsObject().Remove("name"));

        Assert.Contains(ValidateAgent(broken), p => p.StartsWith("declarativeAgent.json: schema:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plugin_pointing_elsewhere_or_without_sign_in_is_reported()
    {
        var broken = EditEntry("plugin.json", json =>
        {
            json["runtimes"]![0]!["spec"]!["url"] = "https://elsewhere.example.net/mcp";
            json["runtimes"]![0]!["auth"] = new JsonObject { ["type"] = "None" };
        });

        var problems = ValidateAgent(broken);

        Assert.Contains(problems, p => p.Contains("MCP url 'https://elsewhere.example.net/mcp'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("auth must be OAuthPluginVault", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--agent-app-id", AgentAppId)]
    [InlineData("--oauth-reference-id", OAuthReferenceId)]
    public void One_agent_option_without_the_other_is_a_usage_error(string option, string value)
    {
        var result = ManifestBuild.Run("--bot-id", ManifestBuild.BotId, "--domain", ManifestBuild.Domain, "--out", _temp.Path, option, value);

        Assert.Equal(2, result.ExitCode);
    }

    private static string Entry(string zipPath, string name)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return TeamsPackageValidator.ReadText(zip.GetEntry(name)!);
    }

    private string EditEntry(string name, Action<JsonNode> edit)
    {
        var json = JsonNode.Parse(Entry(_agent, name))!;
        edit(json);
        return ManifestBuild.WithEntry(_agent, name, System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()), _temp.Combine($"broken-{name}.zip"));
    }
}
