using System.Net;
using System.Net.Http.Headers;

namespace StatusBot.LatencyBench;

/// <summary>What one run sent and what came back, before any statistics.</summary>
internal sealed record RunOutcome(string Name, int Concurrency, IReadOnlyList<string> ActivityIds, double[] RoundTripMs,
    HttpStatusCode[] Statuses, double WallSeconds);

/// <summary>
/// Sends <c>count</c> questions from <c>concurrency</c> senders, each waiting for the bot's HTTP answer before
/// sending its next question; one keep-alive connection per sender.
/// </summary>
internal static class LoadRun
{
    public static async Task<RunOutcome> RunAsync(string name, int count, int concurrency, string botEndpoint, string serviceUrl)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"{name}-{i:D6}").ToArray();
        // Bodies are built up front so the timed loop holds nothing but the HTTP exchange.
        var bodies = ids.Select((id, i) => PlaygroundActivity.Message(id, Questions.At(i), i % concurrency, serviceUrl)).ToArray();
        var roundTrips = new double[count];
        var statuses = new HttpStatusCode[count];

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var next = -1;
        var started = BenchClock.Now();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                (roundTrips[i], statuses[i]) = await SendAsync(http, botEndpoint, ids[i], bodies[i]);
        })));
        var wallSeconds = BenchClock.Milliseconds(started, BenchClock.Now()) / 1000;
        return new RunOutcome(name, concurrency, ids, roundTrips, statuses, wallSeconds);
    }

    private static async Task<(double Ms, HttpStatusCode Status)> SendAsync(HttpClient http, string endpoint, string activityId, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(RequestStartStamps.ActivityIdHeader, activityId);
        var sent = BenchClock.Now();
        try
        {
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return (BenchClock.Milliseconds(sent, BenchClock.Now()), response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"{activityId}: {e.GetType().Name}: {e.Message}");
            return (BenchClock.Milliseconds(sent, BenchClock.Now()), 0);
        }
    }
}
