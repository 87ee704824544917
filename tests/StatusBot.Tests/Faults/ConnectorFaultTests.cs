using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.BotFramework;
using StatusBot.Tests.Hosting;
using Step = StatusBot.Tests.Faults.ScriptedConnector.Step;

namespace StatusBot.Tests.Faults;

/// <summary>
/// The Bot Connector misbehaving while the app replies: throttling (429 with Retry-After), outage (503) and a
/// Connector so slow it outlasts the handler timeout. Teams must never see a 500 and must be answered in time.
/// </summary>
public sealed class ConnectorFaultTests
{
    private const string Question = "hur går nämndmål 3.6.1?";

    [Fact]
    public async Task A_throttled_then_unavailable_connector_gets_the_reply_retried_and_delivered()
    {
        // Reproduces: Teams' per-conversation rate limit (429 + Retry-After) followed by a transient 503, which
        // must be retried (honouring Retry-After) rather than losing the reply or failing the request.
        using var overall = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var connector = new ScriptedConnector().Then(
            new Step(HttpStatusCode.TooManyRequests, RetryAfter: TimeSpan.FromSeconds(1)),
            new Step(HttpStatusCode.ServiceUnavailable));
        await using var bot = await StartAsync(connector);

        var response = await bot.SendMessageAsync(Question, ct: overall.Token);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"got {(int)response.StatusCode}");
        await Eventually(() => connector.Calls.Any(c => c.Status == HttpStatusCode.OK), overall.Token);
        var calls = connector.Calls.Where(c => c.Method == HttpMethod.Post).ToList();
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], calls.Select(c => c.Status).Take(3));
        // Retry-After: 1 s was honoured (with slack for timer resolution), not the 1 ms test backoff.
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_connector_that_stays_down_never_turns_into_a_500_for_Teams()
    {
        // Reproduces: the Connector answering 503 to every attempt; retries give up and the request still ends
        // with a non-5xx answer to Teams (Teams would otherwise redeliver and the user would see an error).
        using var overall = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var connector = new ScriptedConnector().Then(Enumerable.Repeat(new Step(HttpStatusCode.ServiceUnavailable), 50).ToArray());
        await using var bot = await StartAsync(connector);

        var watch = Stopwatch.StartNew();
        var response = await bot.SendMessageAsync(Question, ct: overall.Token);

        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"answered after {watch.Elapsed}");
        Assert.True(connector.Calls.Count >= 2, "the reply was not retried");
    }

    [Fact]
    public async Task A_connector_that_refuses_connections_never_turns_into_a_500_for_Teams()
    {
        // Reproduces: the Connector unreachable (connection refused on every attempt, no HTTP answer at all); the
        // retries give up and Teams must still get a non-5xx answer (was a 500: only HTTP error answers were mapped).
        using var overall = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var connector = new ScriptedConnector().Then(Enumerable.Repeat(new Step(0, Refused: true), 50).ToArray());
        await using var bot = await StartAsync(connector);

        var watch = Stopwatch.StartNew();
        var response = await bot.SendMessageAsync(Question, ct: overall.Token);

        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"answered after {watch.Elapsed}");
        Assert.True(connector.Calls.Count >= 2, "the reply was not retried");
    }

    [Fact]
    public async Task A_connector_slower_than_the_handler_timeout_still_lets_the_app_answer_Teams_in_time()
    {
        // Reproduces: a Connector hanging for 30 s; without the handler timeout Teams would give up after ~15 s
        // and redeliver. The endpoint must answer by itself shortly after its (here 2 s) timeout.
        using var overall = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var connector = new ScriptedConnector().Then(new Step(HttpStatusCode.OK, Delay: TimeSpan.FromSeconds(30)));
        await using var bot = await StartAsync(connector, ("Bot:HandlerTimeoutSeconds", "2"));

        var watch = Stopwatch.StartNew();
        var response = await bot.SendMessageAsync(Question, ct: overall.Token);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"got {(int)response.StatusCode}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"answered after {watch.Elapsed}");

        // The app keeps answering once the Connector is quick again.
        var next = await bot.SendMessageAsync(Question, ct: overall.Token);
        Assert.True(next.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"got {(int)next.StatusCode}");
        await Eventually(() => connector.Calls.Any(c => c.Status == HttpStatusCode.OK), overall.Token);
    }

    private static Task<HostedBot> StartAsync(ScriptedConnector connector, params (string Key, string Value)[] settings) =>
        HostedBot.StartAsync(HostedBot.NewSqliteStore(), settings: settings.ToDictionary(s => s.Key, s => (string?)s.Value),
            configure: b => b.Services.AddHttpClient(BotFrameworkHttpClients.Connector).ConfigurePrimaryHttpMessageHandler(() => connector));

    private static async Task Eventually(Func<bool> condition, CancellationToken ct)
    {
        while (!condition()) await Task.Delay(100, ct);
    }
}
