using System.Net;

namespace StatusBot.LatencyBench;

/// <summary>A run's figures and everything that went wrong in it; any problem fails the bench.</summary>
internal sealed record RunResult(string Name, int Concurrency, int Requests, int Replies, LatencySummary ServerSide,
    LatencySummary RoundTrip, double Throughput, IReadOnlyList<string> Problems)
{
    /// <summary>Pairs each request's start stamp in the bot with its reply's arrival at the connector.</summary>
    public static RunResult From(RunOutcome run, RequestStartStamps stamps, FakeConnector connector, ConnectorCounts countsBefore)
    {
        var serverSide = new List<double>(run.ActivityIds.Count);
        var notStamped = 0;
        foreach (var id in run.ActivityIds)
        {
            if (!connector.TryGetArrival(id, out var arrived)) continue;
            if (stamps.TryGet(id, out var started)) serverSide.Add(BenchClock.Milliseconds(started, arrived));
            else notStamped++;
        }

        var replies = connector.RepliesTo(run.ActivityIds);
        var after = ConnectorCounts.Of(connector);
        var problems = new List<string>();
        if (replies != run.ActivityIds.Count) problems.Add($"{replies} replies for {run.ActivityIds.Count} requests");
        var failed = run.Statuses.Count(s => s != HttpStatusCode.OK);
        if (failed > 0) problems.Add($"{failed} requests not answered 200 OK ({string.Join(", ", run.Statuses.Where(s => s != HttpStatusCode.OK).Distinct())})");
        if (notStamped > 0) problems.Add($"{notStamped} replies with no request-start stamp");
        if (after.Duplicates > countsBefore.Duplicates) problems.Add($"{after.Duplicates - countsBefore.Duplicates} duplicate replies");
        if (after.WithoutCard > countsBefore.WithoutCard) problems.Add($"{after.WithoutCard - countsBefore.WithoutCard} replies without an Adaptive Card");
        if (after.NotReplies > countsBefore.NotReplies) problems.Add($"{after.NotReplies - countsBefore.NotReplies} messages not threaded as replies");

        return new RunResult(run.Name, run.Concurrency, run.ActivityIds.Count, replies, LatencySummary.Of(serverSide),
            LatencySummary.Of(run.RoundTripMs), run.ActivityIds.Count / run.WallSeconds, problems);
    }
}

/// <summary>The fake connector's anomaly counters at one moment, so a run can be judged on its own.</summary>
internal sealed record ConnectorCounts(int Duplicates, int WithoutCard, int NotReplies)
{
    public static ConnectorCounts Of(FakeConnector c) => new(c.Duplicates, c.WithoutCard, c.NotReplies);
}
