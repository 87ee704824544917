using StatusBot.Domain.Plans;
using StatusBot.Import;
using StatusBot.Testing;

namespace StatusBot.Tests.Support;

/// <summary>The three seed documents as the real importer reads them, imported once per test run.</summary>
public static class ImportedSeeds
{
    private static readonly Lazy<Plan> LazyHagersten = new(() => DocumentImporter.ImportFile(RepoPaths.Seed(RepoPaths.Hagersten)));
    private static readonly Lazy<Plan> LazyEnskede = new(() => DocumentImporter.ImportFile(RepoPaths.Seed(RepoPaths.Enskede)));
    private static readonly Lazy<Plan> LazyStod = new(() => DocumentImporter.ImportFile(RepoPaths.Seed(RepoPaths.Stod)));

    public static Plan Hagersten => LazyHagersten.Value;

    public static Plan Enskede => LazyEnskede.Value;

    public static Plan Stod => LazyStod.Value;

    public static IReadOnlyList<Plan> All => [Hagersten, Enskede, Stod];
}
