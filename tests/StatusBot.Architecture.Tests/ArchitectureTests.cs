using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;

namespace StatusBot.Architecture.Tests;

/// <summary>
/// Dependencies point inward (docs/architecture.md): Domain ← Application ← surfaces and adapters. Each rule is
/// checked on the real assemblies here and shown to reject a bad fixture in <see cref="RulesRejectBadFixtureTests"/>.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly ArchUnitNET.Domain.Architecture Ours = ArchitectureRules.Load(Layers.Ours);

    private static readonly string[] Surfaces = ["StatusBot.Teams", "StatusBot.AdaptiveCards", "StatusBot.BotFramework", "StatusBot.Mcp"];
    private static readonly string[] HostFolders = ["StatusBot.Cli", "StatusBot.Hosting", "StatusBot.Telemetry", "StatusBot.Graph", "StatusBot.Demo", "StatusBot.Reports"];

    [Fact]
    public void Domain_depends_on_nothing_of_ours() =>
        ArchitectureRules.MustNotUse("StatusBot.Domain", ["StatusBot.Import", "StatusBot.Storage", "StatusBot.Application", .. Surfaces, .. HostFolders])
            .Check(Ours);

    [Fact]
    public void Domain_references_only_the_base_library()
    {
        var references = Layers.Domain.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"StatusBot.Domain references {name}"));
    }

    [Fact]
    public void Application_knows_no_cards_no_Teams_no_protocol_no_ASP_NET_and_no_SQL() =>
        ArchitectureRules.MustNotUse("StatusBot.Application", [.. Surfaces, "StatusBot.Storage", .. HostFolders, Layers.AspNetCore, "Microsoft.Data", "Npgsql", "System.Data"])
            .Check(Ours);

    [Fact]
    public void Application_assembly_references_no_surface_no_store_and_no_ASP_NET() =>
        Assert.Empty(ArchitectureRules.ReferencesTo(Layers.Application,
            "StatusBot.Teams", "StatusBot.AdaptiveCards", "StatusBot.BotFramework", "StatusBot.Storage", Layers.AspNetCore, "Npgsql", "Microsoft.Data"));

    [Fact]
    public void Import_and_Storage_know_only_the_domain()
    {
        ArchitectureRules.MustNotUse("StatusBot.Import", ["StatusBot.Storage", "StatusBot.Application", .. Surfaces, .. HostFolders]).Check(Ours);
        ArchitectureRules.MustNotUse("StatusBot.Storage", ["StatusBot.Import", "StatusBot.Application", .. Surfaces, .. HostFolders]).Check(Ours);
    }

    [Fact]
    public void Card_model_and_protocol_know_nothing_of_goals() =>
        Assert.All(new[] { "StatusBot.AdaptiveCards", "StatusBot.BotFramework" }, library =>
            ArchitectureRules.MustNotUse(library, ["StatusBot.Domain", "StatusBot.Import", "StatusBot.Storage", "StatusBot.Application", "StatusBot.Teams", .. HostFolders,
                .. Surfaces.Where(s => s != library && !(library == "StatusBot.BotFramework" && s == "StatusBot.AdaptiveCards"))])
                .Check(Ours));

    [Fact]
    public void Teams_surface_reaches_the_store_only_through_the_application_and_domain_ports() =>
        ArchitectureRules.MustNotUse("StatusBot.Teams", ["StatusBot.Storage", "StatusBot.Import", .. HostFolders]).Check(Ours);

    [Fact]
    public void Mcp_surface_reads_through_the_application_only_without_cards_Teams_or_the_protocol() =>
        ArchitectureRules.MustNotUse("StatusBot.Mcp", ["StatusBot.Storage", "StatusBot.Import", "StatusBot.Teams", "StatusBot.AdaptiveCards", "StatusBot.BotFramework", .. HostFolders])
            .Check(Ours);

    [Theory]
    [InlineData("StatusBot.Domain")]
    [InlineData("StatusBot.Import")]
    [InlineData("StatusBot.Storage")]
    [InlineData("StatusBot.Application")]
    [InlineData("StatusBot.AdaptiveCards")]
    [InlineData("StatusBot.BotFramework")]
    [InlineData("StatusBot.Teams")]
    [InlineData("StatusBot.Mcp")]
    public void Folders_inside_a_project_import_each_other_in_no_loop(string project) =>
        Assert.Empty(ArchitectureRules.FolderCycles(Ours, project));

    [Fact]
    public void Folders_of_the_host_import_each_other_in_no_loop() =>
        // Loaded alone: the host's folders are namespaces directly under StatusBot (Cli, Hosting, ...).
        Assert.Empty(ArchitectureRules.FolderCycles(ArchitectureRules.Load(Layers.Host), "StatusBot"));
}
