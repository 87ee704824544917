using System.Text;
using StatusBot.Import;
using StatusBot.Testing;

namespace StatusBot.Tests.Faults;

/// <summary>
/// Fuzzing of the importer. Reproduces: an administrator importing a damaged, truncated or foreign file and the
/// import either crashing with something other than a Swedish <see cref="ImportException"/> or running forever.
/// Fixed seeds so any failure reproduces.
/// </summary>
public class ImporterFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    private static readonly string[] SeedNames = [RepoPaths.Hagersten, RepoPaths.Enskede, RepoPaths.Stod];

    private static readonly string[][] SeedLines = SeedNames.Select(n => File.ReadAllLines(RepoPaths.Seed(n))).ToArray();

    // Short lines from the seeds are the headings and labels the importer keys on; inserting them out of place
    // is the likeliest way to confuse its state machine.
    private static readonly string[] Headers = SeedLines.SelectMany(l => l)
        .Where(l => l.Trim().Length is > 0 and < 50).Distinct().ToArray();

    [Fact]
    public void Mutated_seeds_import_or_fail_with_ImportException_in_time()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 150; i++)
        {
            var seed = i % SeedLines.Length;
            var text = FuzzInputs.MutateDocument(random, SeedLines[seed], Headers);
            AssertImportsOrRefuses(() => DocumentImporter.ImportText(text, SeedNames[seed]), $"seed {SeedNames[seed]}, case {i}");
        }
    }

    [Fact]
    public void Random_bytes_fail_with_ImportException_in_time()
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(i % 20 == 0 ? 100_000 : 2_000)];
            random.NextBytes(bytes);
            // Some cases start like a PDF so the PDF path gets garbage too.
            if (i % 4 == 0 && bytes.Length > 8) Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(bytes, 0);
            AssertImportsOrRefuses(() => DocumentImporter.ImportBytes(bytes, "fuzz.bin"), $"random bytes case {i}");
        }
    }

    [Fact]
    public void Random_text_fails_with_ImportException_in_time()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var text = string.Join('\n', Enumerable.Range(0, random.Next(60)).Select(_ =>
                random.Next(3) == 0 ? Headers[random.Next(Headers.Length)] : FuzzInputs.RandomString(random, 120)));
            AssertImportsOrRefuses(() => DocumentImporter.ImportText(text, "fuzz.txt"), $"random text case {i}");
        }
    }

    private static void AssertImportsOrRefuses(Func<object> import, string label)
    {
        var task = Task.Run(import);
        try
        {
            if (!task.Wait(Limit)) Assert.Fail($"Import hung for more than {Limit.TotalSeconds} s: {label}");
        }
        catch (AggregateException e) when (e.InnerException is ImportException refused)
        {
            Assert.False(string.IsNullOrWhiteSpace(refused.Message), $"ImportException without a message: {label}");
        }
        catch (AggregateException e)
        {
            Assert.Fail($"{label}: {e.InnerException?.GetType().Name} escaped: {e.InnerException}");
        }
    }
}
