using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>
/// Validates a manifest against the official Teams schema. The schema declares JSON Schema draft-04, which
/// JsonSchema.Net does not implement (it starts at draft-06), so NJsonSchema, which reads draft-04, is used.
/// The schema nevertheless uses one later keyword that matters here, <c>const</c> on manifestVersion (draft-04
/// validators ignore it), so root-level <c>const</c>s are checked separately.
/// </summary>
public static class ManifestSchema
{
    private sealed record Loaded(JsonSchema Schema, IReadOnlyDictionary<string, JsonNode> RootConstants);

    private static readonly ConcurrentDictionary<string, Loaded> Cache = new();

    public static IReadOnlyList<string> Validate(string manifestJson, string schemaPath)
    {
        var loaded = Cache.GetOrAdd(Path.GetFullPath(schemaPath), Load);
        var problems = Flatten(loaded.Schema.Validate(manifestJson)).ToList();
        if (JsonNode.Parse(manifestJson) is JsonObject manifest)
            foreach (var (property, expected) in loaded.RootConstants)
                if (!JsonNode.DeepEquals(manifest[property], expected))
                    problems.Add($"#/{property}: NotConst (must be {expected.ToJsonString()}, is {manifest[property]?.ToJsonString() ?? "missing"})");
        return problems;
    }

    private static Loaded Load(string path)
    {
        var schema = JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();
        var properties = JsonNode.Parse(File.ReadAllText(path))!["properties"]!.AsObject();
        var constants = properties
            .Where(p => p.Value?["const"] is not null)
            .ToDictionary(p => p.Key, p => p.Value!["const"]!.DeepClone());
        return new Loaded(schema, constants);
    }

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return $"{error.Path}: {error.Kind}";
            if (error is ChildSchemaValidationError child)
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                    yield return "  " + nested;
        }
    }
}
