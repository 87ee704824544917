using System.Runtime;
using System.Runtime.InteropServices;
using StatusBot.LatencyBench;

// Latency of status questions through the real app: see bench/README.md for what is measured and how.
var (options, error) = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    return error == BenchOptions.Usage ? 0 : 2;
}

await using var connector = await FakeConnector.StartAsync();
await using var bot = await BenchBot.StartAsync();
Console.WriteLine($"StatusBot latency bench: {bot.PlanCount} plans in a fresh SQLite store; bot {bot.Endpoint}; fake connector {connector.ServiceUrl}");
Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, " +
    $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC; warm-up {options.Warmup}, count {options.Count}, concurrency {options.Concurrency}");
if (bot.PlanCount == 0)
{
    Console.Error.WriteLine("FAILED: no plans were imported into the store; the seeds folder was not found.");
    return 1;
}

// The first question after start-up, alone: what the first chief to ask pays for JIT and first-use caches.
var cold = await LoadRun.RunAsync("cold", 1, 1, bot.Endpoint, connector.ServiceUrl);
var coldResult = RunResult.From(cold, bot.Stamps, connector, ConnectorCounts.Of(connector));
Console.WriteLine($"cold: first question after start-up \"{Questions.At(0)}\": server-side {coldResult.ServerSide.Max:F1} ms, round trip {coldResult.RoundTrip.Max:F1} ms");

var problems = new List<string>(coldResult.Problems.Select(p => "cold: " + p));
var runs = new List<(string Name, int Count, int Concurrency, bool Reported)>
{
    ("warm-up", options.Warmup, Math.Min(options.Concurrency, Math.Max(options.Warmup, 1)), false),
    ("sequential", options.Count, 1, true),
    ("concurrent", options.Count, options.Concurrency, true),
};

var results = new List<RunResult>();
foreach (var (name, count, concurrency, reported) in runs)
{
    if (count == 0) continue;
    var before = ConnectorCounts.Of(connector);
    var outcome = await LoadRun.RunAsync(name, count, concurrency, bot.Endpoint, connector.ServiceUrl);
    var result = RunResult.From(outcome, bot.Stamps, connector, before);
    problems.AddRange(result.Problems.Select(p => $"{name}: {p}"));
    if (reported) results.Add(result);
    Console.WriteLine($"{name}: {result.Requests} requests, {result.Replies} replies, {outcome.WallSeconds:F1} s");
    if (name == "sequential") PrintSampleAnswers(outcome, connector);
}

Console.WriteLine();
Console.Write(MarkdownReport.Table(results));
if (problems.Count == 0) return 0;

Console.Error.WriteLine();
foreach (var problem in problems) Console.Error.WriteLine("FAILED: " + problem);
return 1;

// One answer per question of the mix, so a reader can see the bot answered for real and not with an error card.
static void PrintSampleAnswers(RunOutcome run, FakeConnector connector)
{
    for (var i = 0; i < Math.Min(Questions.Mix.Count, run.ActivityIds.Count); i++)
    {
        var summary = connector.SummaryOf(run.ActivityIds[i]) ?? "(no summary)";
        Console.WriteLine($"  \"{Questions.At(i)}\" → {(summary.Length > 100 ? summary[..100] + "…" : summary).ReplaceLineEndings(" ")}");
    }
}
