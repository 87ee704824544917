using System.Collections.Concurrent;
using NJsonSchema;
using NJsonSchema.Validation;

namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>
/// Validates a manifest against the official Teams schema. The schema is JSON Schema draft-04, which
/// JsonSchema.Net does not implement (it starts at draft-06: boolean exclusiveMinimum, "id" vs "$id" differ),
/// so NJsonSchema, which reads draft-04, is used here.
/// </summary>
public static class ManifestSchema
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Loaded = new();

    public static IReadOnlyList<string> Validate(string manifestJson, string schemaPath)
    {
        var schema = Loaded.GetOrAdd(Path.GetFullPath(schemaPath),
            path => JsonSchema.FromFileAsync(path).GetAwaiter().GetResult());
        return Flatten(schema.Validate(manifestJson)).ToList();
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
