using System.Globalization;
using System.Text;

namespace StatusBot.LatencyBench;

/// <summary>The results as a Markdown table, one row per run and measure.</summary>
internal static class MarkdownReport
{
    public static string Table(IEnumerable<RunResult> results)
    {
        var table = new StringBuilder()
            .AppendLine("| Run | Measure | Requests | Replies | Median ms | p90 ms | p99 ms | Max ms | Throughput msg/s |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Row(table, r, "server-side (request start → reply at connector)", r.ServerSide);
            Row(table, r, "client round trip (POST → 200 OK)", r.RoundTrip);
        }
        return table.ToString();
    }

    private static void Row(StringBuilder table, RunResult r, string measure, LatencySummary s) =>
        table.AppendLine(CultureInfo.InvariantCulture,
            $"| {r.Name} ({r.Concurrency} sender{(r.Concurrency == 1 ? "" : "s")}) | {measure} | {r.Requests} | {r.Replies} | {Ms(s.Median)} | {Ms(s.P90)} | {Ms(s.P99)} | {Ms(s.Max)} | {r.Throughput.ToString("F0", CultureInfo.InvariantCulture)} |");

    private static string Ms(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
