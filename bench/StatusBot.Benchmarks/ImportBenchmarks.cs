using BenchmarkDotNet.Attributes;
using StatusBot.Domain.Plans;
using StatusBot.Import;
using StatusBot.Testing;

namespace StatusBot.Benchmarks;

/// <summary>
/// Importing each reference document from text already in memory: cleaning, structure, tables, domain objects.
/// The 76-page hagersten plan must import well under a second.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _hagersten = "";
    private string _enskede = "";
    private string _stod = "";

    [GlobalSetup]
    public void Setup()
    {
        _hagersten = File.ReadAllText(RepoPaths.Seed(RepoPaths.Hagersten));
        _enskede = File.ReadAllText(RepoPaths.Seed(RepoPaths.Enskede));
        _stod = File.ReadAllText(RepoPaths.Seed(RepoPaths.Stod));
    }

    [Benchmark(Description = "Import hagersten VP 2024 (76 pages, 3760 lines)")]
    public Plan ImportHagersten() => DocumentImporter.ImportText(_hagersten, RepoPaths.Hagersten);

    [Benchmark(Description = "Import enskede VB 2023 (142 pages, 7519 lines)")]
    public Plan ImportEnskede() => DocumentImporter.ImportText(_enskede, RepoPaths.Enskede);

    [Benchmark(Description = "Import stod unit VP 2023 (22 pages, 1048 lines)")]
    public Plan ImportStod() => DocumentImporter.ImportText(_stod, RepoPaths.Stod);
}
