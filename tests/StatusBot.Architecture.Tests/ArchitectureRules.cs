
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace StatusBot.Architecture.Tests;

/// <summary>
/// The rules that hold the arrows of docs/architecture.md. Written once, parameterised by what they guard, so the
/// same rules run on the real assemblies and on a deliberately bad fixture (which they must reject).
/// </summary>
internal static class ArchitectureRules
{
    /// <summary>Types in <paramref name="inner"/> must not use any type whose namespace starts with one of <paramref name="forbidden"/>.</summary>
    public static IArchRule MustNotUse(string inner, params string[] forbidden) =>
        Types().That().ResideInNamespaceMatching(Prefix(inner))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(AnyOf(forbidden)))
            .Because($"{inner} points inward and must not know {string.Join(", ", forbidden)}");

    /// <summary>
    /// The loops between the folders (first namespace level below <paramref name="root"/>) of one project, each as the
    /// folders in order and one type dependency per step; empty when the folders form a DAG. Hand-written over
    /// ArchUnitNET's dependency graph because its slice rule cuts at every namespace level, not at folders.
    /// </summary>
    public static IReadOnlyList<string> FolderCycles(ArchUnitNET.Domain.Architecture architecture, string root)
    {
        string? FolderOf(string ns) =>
            ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;

        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in architecture.Types)
        {
            if (FolderOf(type.Namespace?.FullName ?? "") is not { } from) continue;
            if (!edges.ContainsKey(from)) edges[from] = new(StringComparer.Ordinal);
            foreach (var dependency in type.Dependencies)
            {
                if (FolderOf(dependency.Target.Namespace?.FullName ?? "") is not { } to || to == from) continue;
                edges[from].TryAdd(to, $"{type.FullName} -> {dependency.Target.FullName}");
            }
        }
        return FolderGraph.Cycles(edges);
    }

    /// <summary>
    /// The assemblies <paramref name="assembly"/> references whose names start with one of <paramref name="forbidden"/>.
    /// Frameworks outside the solution are checked here, by reference, because a type rule only sees loaded assemblies.
    /// </summary>
    public static IReadOnlyList<string> ReferencesTo(System.Reflection.Assembly assembly, params string[] forbidden) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => forbidden.Any(f => n.StartsWith(f, StringComparison.Ordinal)))];

    public static ArchUnitNET.Domain.Architecture Load(params System.Reflection.Assembly[] assemblies) =>
        new ArchLoader().LoadAssemblies(assemblies).Build();

    private static string Prefix(string ns) => $"^{Regex(ns)}(\\..*)?$";

    private static string AnyOf(string[] namespaces) => $"^({string.Join("|", namespaces.Select(Regex))})(\\..*)?$";

    private static string Regex(string ns) => System.Text.RegularExpressions.Regex.Escape(ns);
}
