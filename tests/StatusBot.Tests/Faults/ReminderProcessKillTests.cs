using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StatusBot.Domain.Store;
using StatusBot.Testing;
using StatusBot.Tests.EndToEnd;
using StatusBot.Tests.Hosting;
using StatusBot.Tests.Reminders.Delivery;

namespace StatusBot.Tests.Faults;

/// <summary>
/// Reproduces: the real app process killed with SIGKILL while its dispatcher is sending a batch of reminders (a
/// crashed container, an OOM kill). After a restart every reminder must arrive, and only a message that was in
/// flight at the kill may arrive twice (docs/reminders.md, "Why at most one duplicate after a crash").
/// </summary>
public sealed class ReminderProcessKillTests
{
    private const int People = 20;
    private const int MaxParallelSends = 8;

    [Fact]
    public async Task Killing_the_process_mid_batch_loses_nothing_and_duplicates_at_most_the_messages_in_flight()
    {
        using var overall = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        await using var connector = await SlowConnector.StartAsync(TimeSpan.FromMilliseconds(300));
        var store = HostedBot.NewSqliteStore();
        await using (var setup = await HostedBot.StartAsync(store, settings: HealthEndpointTests.NoDemo))
        {
            await DeliveryRig.RememberConversationsAsync(setup.Services.GetRequiredService<IConversationReferenceStore>(),
                connector.ServiceUrl, Enumerable.Range(1, People));
            await setup.Services.GetRequiredService<IReminderOutbox>().EnqueueAsync([.. Enumerable.Range(1, People).Select(n => DeliveryRig.Reminder(n))]);
        }

        IReadOnlyCollection<string> reachedAtKill;
        using (var first = StartApp(store))
        {
            try
            {
                while (connector.Answered < 5) await Task.Delay(20, overall.Token);
                first.Kill(entireProcessTree: true); // SIGKILL: no graceful shutdown, no MarkSent for what is in flight
                await first.WaitForExitAsync(overall.Token);
                // Posts the dead process put on the wire before it died still reach the connector: they were in flight.
                await Task.Delay(500, overall.Token);
                reachedAtKill = connector.ArrivedConversations;
            }
            finally
            {
                if (!first.HasExited) first.Kill(entireProcessTree: true);
            }
        }

        using var second = StartApp(store);
        try
        {
            while (connector.Conversations.Count < People) await Task.Delay(100, overall.Token);
            await Task.Delay(1000, overall.Token); // let a stray duplicate show up before counting
        }
        finally
        {
            if (!second.HasExited) second.Kill(entireProcessTree: true);
        }

        var counts = connector.Conversations;
        Assert.Equal(Enumerable.Range(1, People).Select(DeliveryRig.ConversationOf).Order(), counts.Keys.Order());
        Assert.All(counts.Values, c => Assert.InRange(c, 1, 2));
        // In flight = sent by the dead process, its MarkSent not committed. Only those may repeat, and there are
        // at most MaxParallelSends (8) of them; the connector answers them together, so several can be in the window.
        var duplicated = counts.Where(c => c.Value == 2).Select(c => c.Key).ToList();
        Assert.All(duplicated, d => Assert.True(reachedAtKill.Contains(d), $"{d} repeated but was not in flight at the kill"));
        Assert.True(duplicated.Count <= MaxParallelSends, $"{duplicated.Count} duplicates, more than {MaxParallelSends} sends in flight");
    }

    private static Process StartApp(string store)
    {
        var dll = Path.Combine(RepoPaths.Root, "src", "StatusBot", "bin",
#if DEBUG
            "Debug",
#else
            "Release",
#endif
            "net10.0", "statusbot.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build src/StatusBot in the test's configuration");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            ArgumentList =
            {
                dll, "serve", "--store", store, "--urls", $"http://127.0.0.1:{Playground.FreePort()}",
                "--Demo:Enabled=false", "--Reminders:Enabled=true", "--Reminders:PollIntervalSeconds=0.2",
                "--Reminders:LeaseSeconds=2", "--Reminders:BatchSize=50", $"--Reminders:MaxParallelSends={MaxParallelSends}",
            },
        };
        var process = Process.Start(info)!;
        // Drain output so a chatty log never blocks the child on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A real HTTP Connector that takes its time, so a kill lands in the middle of a batch.</summary>
    private sealed class SlowConnector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _arrived;
        private int _answered;

        private SlowConnector(WebApplication app, string serviceUrl) => (_app, ServiceUrl) = (app, serviceUrl);

        public string ServiceUrl { get; }

        public int Arrived => Volatile.Read(ref _arrived);

        private readonly ConcurrentDictionary<string, bool> _arrivedConversations = new();

        /// <summary>Conversations a post has started arriving for (answered or not).</summary>
        public IReadOnlyCollection<string> ArrivedConversations => [.. _arrivedConversations.Keys];

        public int Answered => Volatile.Read(ref _answered);

        private readonly ConcurrentDictionary<string, int> _conversations = new();

        public IReadOnlyDictionary<string, int> Conversations => new Dictionary<string, int>(_conversations);

        public static async Task<SlowConnector> StartAsync(TimeSpan delay)
        {
            var port = Playground.FreePort();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var connector = new SlowConnector(app, $"http://127.0.0.1:{port}/");
            app.MapPost("/v3/conversations/{conversation}/activities", async (string conversation, HttpContext ctx) =>
            {
                connector._arrivedConversations[Uri.UnescapeDataString(conversation)] = true;
                Interlocked.Increment(ref connector._arrived);
                await Task.Delay(delay);
                connector._conversations.AddOrUpdate(Uri.UnescapeDataString(conversation), 1, (_, c) => c + 1);
                Interlocked.Increment(ref connector._answered);
                return Results.Json(new { id = "reply-" + connector.Answered });
            });
            await app.StartAsync();
            return connector;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
