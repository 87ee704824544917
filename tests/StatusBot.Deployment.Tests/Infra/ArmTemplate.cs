using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StatusBot.Deployment.Tests.Infra;

/// <summary>A resource of the compiled template, with the (nested) deployment template that declares it.</summary>
public sealed record ArmResource(string Type, JsonObject Json, ArmScope Scope)
{
    public JsonObject Properties => Json["properties"]?.AsObject() ?? [];
}

/// <summary>One template: the main one, or a module's nested deployment (with the parameters passed to it).</summary>
public sealed record ArmScope(string Name, JsonObject Template, JsonObject? Parameters, ArmScope? Parent);

/// <summary>
/// The compiled ARM JSON of infra/main.bicep. Bicep modules become nested Microsoft.Resources/deployments;
/// this flattens them and follows parameter and module-output expressions so that a test can ask what a
/// setting finally is, e.g. that the site's "Store" setting is a Key Vault reference built in the vault module.
/// </summary>
public sealed partial class ArmTemplate
{
    public ArmTemplate(string json)
    {
        Root = JsonNode.Parse(json)!.AsObject();
        MainScope = new ArmScope("main", Root, null, null);
        Resources = Flatten(MainScope).ToList();
    }

    public JsonObject Root { get; }

    public ArmScope MainScope { get; }

    public IReadOnlyList<ArmResource> Resources { get; }

    public JsonObject Outputs => Root["outputs"]?.AsObject() ?? [];

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var matches = OfType(type).ToList();
        Assert.True(matches.Count == 1, $"expected one {type}, found {matches.Count}");
        return matches[0];
    }

    /// <summary>
    /// Follows <c>[parameters('x')]</c> into the parameters the parent passed, and
    /// <c>[reference(resourceId('Microsoft.Resources/deployments', 'm'), ...).outputs.o.value]</c> into module m's
    /// output, until the value is neither; returns that final literal or expression.
    /// </summary>
    public string Resolve(string value, ArmScope scope)
    {
        for (var hops = 0; hops < 20; hops++)
        {
            if (ParameterReference().Match(value) is { Success: true } p)
            {
                var name = p.Groups["name"].Value;
                if (scope.Parameters?[name]?["value"] is { } passed)
                {
                    value = passed.ToString();
                    scope = scope.Parent!;
                    continue;
                }
                var defaultValue = scope.Template["parameters"]?[name]?["defaultValue"];
                return defaultValue?.ToString() ?? value;
            }
            if (ModuleOutput().Match(value) is { Success: true } o)
            {
                var module = ModuleScopes(scope).Single(m => m.Name == o.Groups[1].Value);
                value = module.Template["outputs"]![o.Groups[2].Value]!["value"]!.ToString();
                scope = module;
                continue;
            }
            return value;
        }
        throw new InvalidOperationException("expression chain too long: " + value);
    }

    private IEnumerable<ArmScope> ModuleScopes(ArmScope parent) =>
        (parent.Template["resources"]?.AsArray() ?? [])
        .Select(r => r!.AsObject())
        .Where(r => r["type"]?.ToString() == "Microsoft.Resources/deployments")
        .Select(r => new ArmScope(r["name"]!.ToString(), r["properties"]!["template"]!.AsObject(),
            r["properties"]!["parameters"]?.AsObject(), parent));

    private IEnumerable<ArmResource> Flatten(ArmScope scope)
    {
        foreach (var resource in (scope.Template["resources"]?.AsArray() ?? []).Select(r => r!.AsObject()))
            yield return new ArmResource(resource["type"]!.ToString(), resource, scope);
        foreach (var module in ModuleScopes(scope))
        foreach (var resource in Flatten(module))
            yield return resource;
    }

    // Also matches Bicep's string interpolation of a lone parameter, format('{0}', parameters('x')).
    [GeneratedRegex(@"^\[(?:parameters\('(?<name>[^']+)'\)|format\('\{0\}', parameters\('(?<name>[^']+)'\)\))\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^\[reference\(resourceId\('Microsoft\.Resources/deployments', '([^']+)'\)(?:, '[^']+')?\)\.outputs\.([A-Za-z0-9_]+)\.value\]$")]
    private static partial Regex ModuleOutput();
}
