using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>
/// Validates a declarative agent or plugin manifest against its published schema. Those files declare draft-04
/// but are written with later keywords ($defs, const, if/then, propertyNames) that a draft-04 validator cannot
/// resolve (NJsonSchema fails on the nested $defs references), so they are evaluated as JSON Schema 2020-12, whose
/// meaning for every keyword they use is the one their authors intended.
/// </summary>
public static class CopilotSchema
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Cache = new();

    public static IReadOnlyList<string> Validate(string json, string schemaPath)
    {
        var schema = Cache.GetOrAdd(Path.GetFullPath(schemaPath), Load);
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        var problems = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct()
            .ToList();
        return problems.Count > 0 ? problems : ["invalid (no detail)"];
    }

    private static JsonSchema Load(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        node["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return JsonSchema.FromText(node.ToJsonString());
    }
}
