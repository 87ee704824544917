using System.IO.Compression;
using System.Text.Json;
using StatusBot.Testing;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>
/// Checks the Microsoft 365 Copilot agent package: files at the zip root, the Teams manifest against the Teams
/// schema, the declarative agent against the published declarative agent 1.5 schema, each action's plugin against
/// the plugin 2.4 schema (copies in manifest/schemas, sources in its README), and that the plugin's MCP runtime
/// is StatusBot's /mcp behind OAuth. Returns every problem found (empty = valid).
/// </summary>
public static class CopilotPackageValidator
{
    public static string DeclarativeAgentSchema => Path.Combine(RepoPaths.Root, "manifest", "schemas", "declarative-agent-v1.5.schema.json");

    public static string PluginSchema => Path.Combine(RepoPaths.Root, "manifest", "schemas", "plugin-v2.4.schema.json");

    public static IReadOnlyList<string> Validate(string zipPath, string teamsSchemaPath, string domain)
    {
        var problems = new List<string>();
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = zip.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);
        foreach (var name in entries.Keys.Where(n => n.Contains('/') || n.Contains('\\')))
            problems.Add($"zip: '{name}' is in a folder; Teams needs every file at the zip root");
        foreach (var (name, entry) in entries)
            if (name.EndsWith(".json", StringComparison.Ordinal) && TeamsPackageValidator.ReadText(entry).Contains("{{", StringComparison.Ordinal))
                problems.Add($"{name}: a {{{{PLACEHOLDER}}}} was not filled in");

        if (Json(entries, "manifest.json", text => ManifestSchema.Validate(text, teamsSchemaPath), problems) is not { } manifest) return problems;
        problems.AddRange(IconRules.Check(manifest, entries));
        if (!manifest.TryGetProperty("copilotAgents", out var agents) || !agents.TryGetProperty("declarativeAgents", out var declarative))
        {
            problems.Add("manifest: copilotAgents.declarativeAgents is missing");
            return problems;
        }
        foreach (var reference in declarative.EnumerateArray())
        {
            var file = reference.GetProperty("file").GetString() ?? "";
            if (Json(entries, file, text => CopilotSchema.Validate(text, DeclarativeAgentSchema), problems) is not { } agent) continue;
            var actions = agent.TryGetProperty("actions", out var a) ? a.EnumerateArray().ToArray() : [];
            if (actions.Length == 0) problems.Add($"{file}: no action, so Copilot cannot reach StatusBot's tools");
            foreach (var action in actions)
            {
                var pluginFile = action.GetProperty("file").GetString() ?? "";
                if (Json(entries, pluginFile, text => CopilotSchema.Validate(text, PluginSchema), problems) is { } plugin)
                    problems.AddRange(McpRuntime(pluginFile, plugin, domain));
            }
        }
        return problems;
    }

    private static IEnumerable<string> McpRuntime(string file, JsonElement plugin, string domain)
    {
        var runtimes = plugin.TryGetProperty("runtimes", out var r) ? r.EnumerateArray().ToArray() : [];
        var mcp = runtimes.Where(x => x.TryGetProperty("type", out var t) && t.GetString() == "RemoteMCPServer").ToArray();
        if (mcp.Length != 1)
        {
            yield return $"{file}: expected one RemoteMCPServer runtime, found {mcp.Length}";
            yield break;
        }
        var url = mcp[0].GetProperty("spec").TryGetProperty("url", out var u) ? u.GetString() : null;
        if (url != $"https://{domain}/mcp") yield return $"{file}: MCP url '{url}', expected 'https://{domain}/mcp'";
        var auth = mcp[0].GetProperty("auth");
        if (auth.GetProperty("type").GetString() != "OAuthPluginVault")
            yield return $"{file}: auth must be OAuthPluginVault (the MCP server refuses callers without an Entra token)";
    }

    /// <summary>The file parsed and validated against its schema, or null (with the problem recorded).</summary>
    private static JsonElement? Json(Dictionary<string, ZipArchiveEntry> entries, string file, Func<string, IReadOnlyList<string>> schemaProblems, List<string> problems)
    {
        if (!entries.TryGetValue(file, out var entry))
        {
            problems.Add($"zip: '{file}' is missing at the zip root");
            return null;
        }
        var text = TeamsPackageValidator.ReadText(entry);
        try
        {
            using var document = JsonDocument.Parse(text);
            problems.AddRange(schemaProblems(text).Select(e => $"{file}: schema: {e}"));
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            problems.Add($"{file}: not JSON: {ex.Message}");
            return null;
        }
    }
}
