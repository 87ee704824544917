using StatusBot.Domain.Goals;
using StatusBot.Domain.Plans;
using StatusBot.Testing;

namespace StatusBot.Import.Tests.Seeds;

/// <summary>The three reference documents, each imported once per test run (they are read-only).</summary>
internal static class SeedPlans
{
    private static readonly Lazy<Plan> LazyHagersten = new(() => DocumentImporter.ImportFile(RepoPaths.Seed(RepoPaths.Hagersten)));
    private static readonly Lazy<Plan> LazyEnskede = new(() => DocumentImporter.ImportFile(RepoPaths.Seed(RepoPaths.Enskede)));
    private static readonly Lazy<Plan> LazyStod = new(() => DocumentImporter.ImportFile(RepoPaths.Seed(RepoPaths.Stod)));

    public static Plan Hagersten => LazyHagersten.Value;
    public static Plan Enskede => LazyEnskede.Value;
    public static Plan Stod => LazyStod.Value;

    public static string Text(string seed) => File.ReadAllText(RepoPaths.Seed(seed));

    public static Goal Goal(this Plan plan, string number) =>
        plan.FindByNumber(number) ?? throw new Xunit.Sdk.XunitException($"Goal {number} not found in {plan.Id}");

    public static IEnumerable<Domain.Indicators.Indicator> Indicators(this Plan plan) => plan.Goals.SelectMany(g => g.Indicators);

    public static IEnumerable<Domain.Activities.Activity> Activities(this Plan plan) => plan.Goals.SelectMany(g => g.Activities);

    public static Domain.Indicators.Indicator Indicator(this Plan plan, string name) =>
        plan.Indicators().Single(i => i.Name == name);
}
