using StatusBot.Import.Json;
using StatusBot.Import.Tests.Seeds;

namespace StatusBot.Import.Tests.Json;

/// <summary>An export holding one plan twice is refused: keeping either copy would silently drop the other.</summary>
public sealed class DuplicatePlanTests
{
    [Fact]
    public void The_same_plan_twice_in_one_file_is_refused_with_both_places()
    {
        var json = StoreJsonWriter.ToJson([SeedPlans.Stod, SeedPlans.Hagersten, SeedPlans.Stod]);

        var error = Assert.Throws<StoreJsonException>(() => StoreJsonReader.Parse(json));

        Assert.Contains("samma plan två gånger", error.Message, StringComparison.Ordinal);
        Assert.Contains("Stöd- och aktivitetsenheten", error.Message, StringComparison.Ordinal);
        Assert.Contains("plans[0]", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.plans[2]", error.Path);
    }

    [Fact]
    public void Different_plans_in_one_file_are_read()
    {
        var json = StoreJsonWriter.ToJson([SeedPlans.Stod, SeedPlans.Hagersten]);
        Assert.Equal([SeedPlans.Stod.Id, SeedPlans.Hagersten.Id], StoreJsonReader.Parse(json).Select(p => p.Id));
    }
}
