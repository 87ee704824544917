using StatusBot.Domain.Plans;
using StatusBot.Testing;

namespace StatusBot.Import.Tests.Seeds;

/// <summary>Re-importing a document updates in place: the same ids, also after a title is corrected.</summary>
public class StableIdTests
{
    private static IEnumerable<string> AllIds(Plan plan) =>
        plan.Goals.SelectMany(g => new[] { g.Id }
            .Concat(g.Indicators.Select(i => i.Id))
            .Concat(g.Activities.Select(a => a.Id)));

    [Theory]
    [InlineData(RepoPaths.Hagersten)]
    [InlineData(RepoPaths.Enskede)]
    [InlineData(RepoPaths.Stod)]
    public void Reimport_gives_identical_ids(string seed)
    {
        var first = DocumentImporter.ImportFile(RepoPaths.Seed(seed));
        var second = DocumentImporter.ImportText(SeedPlans.Text(seed), Path.GetFileName(seed));
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(AllIds(first), AllIds(second));
        Assert.Equal(AllIds(first).Count(), AllIds(first).Distinct().Count());
    }

    [Fact]
    public void Ids_follow_the_stable_id_scheme()
    {
        var plan = SeedPlans.Hagersten;
        var goal = plan.Goal("1.3.1");
        Assert.Equal("hagersten-alvsjo-stadsdelsnamnd/2024/verksamhetsplan/1.3.1", goal.Id);
        Assert.Equal(StableId.ForIndicator(goal.Id, 1), goal.Indicators[0].Id);
        Assert.Equal(StableId.ForActivity(goal.Id, 1), goal.Activities[0].Id);
        Assert.Equal(["i1", "i2"], plan.Goal("1.1").Indicators.Select(i => i.Id[(i.Id.LastIndexOf('/') + 1)..]));
    }

    [Fact]
    public void A_corrected_title_keeps_the_goal_id()
    {
        var original = SeedPlans.Hagersten;
        var corrected = DocumentImporter.ImportText(
            SeedPlans.Text(RepoPaths.Hagersten).Mutate("Nämndmål: Vuxna invånare lever ett självständigt liv utifrån sina förutsättningar",
                "Nämndmål: Vuxna invånare lever ett självständigt och tryggt liv utifrån sina egna förutsättningar"),
            "rättad.txt");
        var before = original.Goal("1.3.3");
        var after = corrected.Goal("1.3.3");
        Assert.NotEqual(before.Title, after.Title);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(AllIds(original), AllIds(corrected));
    }

    [Fact]
    public void A_typed_number_keeps_the_id_when_the_title_changes_in_a_report()
    {
        var corrected = DocumentImporter.ImportText(
            SeedPlans.Text(RepoPaths.Enskede).Mutate("Nämndmål: 3.6.1 Stadsdelsområdet är tryggt, tillgängligt och välskött",
                "Nämndmål: 3.6.1 Stadsdelsområdet är tryggt och välskött"),
            "rättad.txt");
        Assert.Equal(SeedPlans.Enskede.Goal("3.6.1").Id, corrected.Goal("3.6.1").Id);
        Assert.Equal("Stadsdelsområdet är tryggt och välskött", corrected.Goal("3.6.1").Title);
    }
}
