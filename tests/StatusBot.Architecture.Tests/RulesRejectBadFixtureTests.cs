using ArchUnitNET.Fluent;

namespace StatusBot.Architecture.Tests;

/// <summary>The rules are not vacuous: on <c>BadFixture.cs</c> each one finds the arrow it forbids.</summary>
public sealed class RulesRejectBadFixtureTests
{
    private static readonly ArchUnitNET.Domain.Architecture Fixture = ArchitectureRules.Load(typeof(RulesRejectBadFixtureTests).Assembly);

    [Fact]
    public void A_use_case_answering_with_a_card_is_rejected() =>
        Assert.False(ArchitectureRules.MustNotUse("ArchFixture.Application", "ArchFixture.Teams").HasNoViolations(Fixture));

    [Fact]
    public void An_assembly_using_ASP_NET_is_found_by_its_references() =>
        Assert.Contains(ArchitectureRules.ReferencesTo(typeof(RulesRejectBadFixtureTests).Assembly, Layers.AspNetCore),
            name => name.StartsWith(Layers.AspNetCore, StringComparison.Ordinal));

    [Fact]
    public void Two_folders_importing_each_other_are_rejected()
    {
        var loop = Assert.Single(ArchitectureRules.FolderCycles(Fixture, "ArchFixture.Application"));
        Assert.Contains("Outcomes", loop);
        Assert.Contains("ReadModel", loop);
    }

    [Fact]
    public void Folders_that_only_point_one_way_pass() =>
        Assert.Empty(ArchitectureRules.FolderCycles(Fixture, "ArchFixture"));

    [Fact]
    public void The_fixture_surface_itself_breaks_no_rule() =>
        // The same rule passes where the arrow is absent: the fixture's card knows nothing of the application.
        Assert.True(ArchitectureRules.MustNotUse("ArchFixture.Teams", "ArchFixture.Application").HasNoViolations(Fixture));
}
