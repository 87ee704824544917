using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StatusBot.BotFramework;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Hosting;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;
using StatusBot.ReminderBench;
using StatusBot.Teams.Reminders;
using StatusBot.Storage.Sqlite;

// Reminder throughput through the real dispatcher and connector client against a loopback connector whose only
// limit is the bot's own rate limiter (Bot:GlobalPerSecond). See bench/README.md.
var count = 10_000;
var rate = 30;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count" when i + 1 < args.Length: count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--rate" when i + 1 < args.Length: rate = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine("usage: StatusBot.ReminderBench [--count 10000] [--rate 30]");
            return 2;
    }
}

var directory = Directory.CreateTempSubdirectory("statusbot-reminderbench-").FullName;
try
{
    await using var connector = await CountingConnector.StartAsync();
    await using var store = new SqliteGoalStore(Path.Combine(directory, "goals.db"));
    await store.MigrateAsync();

    // 10 000 distinct people whose 1:1 chats are already known, one reminder each, all due now.
    var period = new ReportingPeriod(2026, PeriodKind.T2);
    var now = DateTimeOffset.UtcNow;
    var setup = Stopwatch.StartNew();
    var messages = new List<ReminderMessage>(count);
    for (var n = 0; n < count; n++)
    {
        var upn = $"chef{n}@stockholm.se";
        var aad = $"00000000-0000-0000-0000-{n:D12}";
        await store.SaveAsync(new StoredConversationReference(aad, connector.ServiceUrl, $"a:chat-{n}", "tenant", "28:bench", $"29:{n}", now));
        messages.Add(new ReminderMessage(ReminderMessage.KeyFor(upn, period, ReminderStep.Late), "Bänkstad", period, ReminderStep.Late,
            new ReminderRecipient(upn, aad, $"Chef {n}"), now.AddDays(3),
            [new OwedGoal($"bench/2026/nm-{n}.1", $"{n}.1", "Trygg och säker stadsdel"), new OwedGoal($"bench/2026/nm-{n}.2", $"{n}.2", "Fler i arbete")])
        { DueAt = now.AddMinutes(-1) });
    }
    await store.EnqueueAsync(messages);
    messages = null;
    Console.WriteLine($"setup: {count} people and reminders stored in {setup.Elapsed.TotalSeconds:F1} s");

    var hostBuilder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
    hostBuilder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Bot:AppId"] = "00000000-0000-0000-0000-0000000000b0",
        ["Bot:AllowLoopbackServiceUrls"] = "true",
        ["Bot:GlobalPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
    });
    hostBuilder.Services.AddLogging();
    hostBuilder.Services.AddSingleton<IConnectorTokenProvider>(new BenchToken()); // before AddBotFramework: no MSAL
    hostBuilder.Services.AddBotFramework(hostBuilder.Configuration);
    using var host = hostBuilder.Build();
    var provider = host.Services;
    var options = new ReminderDeliveryOptions { BatchSize = 100, MaxParallelSends = 16, LeaseSeconds = 120 };
    var dispatcher = new ReminderDispatcher(store, store, provider.GetRequiredService<IConnectorClient>(), Options.Create(options),
        provider.GetRequiredService<IOptions<BotOptions>>(), TimeProvider.System, NullLogger<ReminderDispatcher>.Instance);

    Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, " +
        $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC; sending {count} reminders at Bot:GlobalPerSecond = {rate} " +
        $"(about {count / (double)rate:F0} s); batch {options.BatchSize}, {options.MaxParallelSends} sends in flight");

    // Peak managed heap, sampled: GC.GetTotalMemory without forcing a collection.
    long peakManaged = 0;
    using var sampling = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!sampling.IsCancellationRequested)
        {
            peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
            try { await Task.Delay(250, sampling.Token); } catch (OperationCanceledException) { }
        }
    });

    var wall = Stopwatch.StartNew();
    var progressAt = TimeSpan.FromSeconds(30);
    int handled;
    while ((handled = await dispatcher.RunOnceAsync(CancellationToken.None)) > 0)
    {
        if (wall.Elapsed >= progressAt)
        {
            Console.WriteLine($"  {wall.Elapsed.TotalSeconds:F0} s: {connector.Arrivals.Count} delivered");
            progressAt += TimeSpan.FromSeconds(30);
        }
    }
    wall.Stop();
    await sampling.CancelAsync();
    await sampler;

    var arrivals = connector.Arrivals.Order().ToArray();
    var span = arrivals.Length > 1 ? Stopwatch.GetElapsedTime(arrivals[0], arrivals[^1]).TotalSeconds : 0;
    // (n − 1) intervals between the first and last arrival: the sustained rate the connector saw.
    var achieved = span > 0 ? (arrivals.Length - 1) / span : 0;
    var wallRate = arrivals.Length / wall.Elapsed.TotalSeconds;
    var items = await store.ListAsync("Bänkstad", period);
    var sent = items.Count(i => i.State == OutboxState.Sent);
    var duplicates = connector.PerConversation.Values.Sum(v => Math.Max(0, v - 1));
    var missing = count - connector.PerConversation.Count;
    using var self = Process.GetCurrentProcess();
    self.Refresh();

    Console.WriteLine();
    Console.WriteLine("| reminders | wall time | achieved rate (first→last arrival) | fraction of limit | incl. claims, whole run | peak working set | peak managed heap | duplicates | missing |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    Console.WriteLine(FormattableString.Invariant(
        $"| {arrivals.Length} | {wall.Elapsed.TotalSeconds:F1} s | {achieved:F2}/s | {achieved / rate:F3} | {wallRate / rate:F3} | {self.PeakWorkingSet64 / 1048576.0:F0} MB | {peakManaged / 1048576.0:F0} MB | {duplicates} | {missing} |"));

    var problems = new List<string>();
    if (sent != count) problems.Add($"{count - sent} outbox rows not marked sent");
    if (duplicates > 0) problems.Add($"{duplicates} double sends");
    if (missing > 0) problems.Add($"{missing} people got nothing");
    if (connector.WithoutCard > 0) problems.Add($"{connector.WithoutCard} activities without a card");
    if (achieved / rate <= 0.95) problems.Add($"achieved {achieved / rate:F3} of the limit, target above 0.95");
    foreach (var problem in problems) Console.Error.WriteLine("FAILED: " + problem);
    return problems.Count == 0 ? 0 : 1;
}
finally
{
    SqliteConnectionPoolClear(directory);
}

static void SqliteConnectionPoolClear(string directory)
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
}

internal sealed class BenchToken : IConnectorTokenProvider
{
    public Task<string> GetTokenAsync(bool forceRefresh, CancellationToken ct) => Task.FromResult("bench-token");
}
