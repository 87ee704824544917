using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StatusBot.BotFramework;
using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Hosting;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;
using StatusBot.Teams.Reminders;
using StatusBot.Storage.Relational;

namespace StatusBot.Tests.Reminders.Delivery;

/// <summary>
/// The real connector client (rate limiter, retries, HTTP) pointed at a <see cref="ProgrammableConnector"/>, and
/// dispatchers over any store. Limits are set high so tests take seconds, retries short.
/// </summary>
public sealed class DeliveryRig : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b0";
    public static readonly ReportingPeriod Period = new(2026, PeriodKind.T2);
    public static readonly DateTimeOffset Start = new(2026, 8, 20, 6, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private DeliveryRig(ProgrammableConnector connector, ServiceProvider services)
    {
        Connector = connector;
        _services = services;
    }

    public ProgrammableConnector Connector { get; }

    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    public static async Task<DeliveryRig> StartAsync(int globalPerSecond = 10_000, int maxConnectorRetries = 2)
    {
        var connector = await ProgrammableConnector.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:AllowLoopbackServiceUrls"] = "true",
            ["Bot:PerConversationPerSecond"] = "1000",
            ["Bot:PerConversationPer30Seconds"] = "30000",
            ["Bot:GlobalPerSecond"] = globalPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:MaxConnectorRetries"] = maxConnectorRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:ConnectorRetryBaseDelayMilliseconds"] = "10",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConnectorTokenProvider>(new FixedToken()); // before AddBotFramework: wins over MSAL
        services.AddBotFramework(configuration);
        return new DeliveryRig(connector, services.BuildServiceProvider());
    }

    public ReminderDispatcher Dispatcher(RelationalGoalStore store, TimeProvider clock, ReminderDeliveryOptions? options = null,
        IAppInstaller? installer = null, string? id = null)
    {
        options ??= new ReminderDeliveryOptions();
        options.ServiceUrl ??= Connector.ServiceUrl;
        options.TenantId ??= "tenant-1";
        return new ReminderDispatcher(store, store, Client, Options.Create(options), _services.GetRequiredService<IOptions<BotOptions>>(),
            clock, NullLogger<ReminderDispatcher>.Instance, installer, telemetry: null, dispatcherId: id);
    }

    /// <summary>Person n: UPN, object id and the conversation id the fake connector knows them by.</summary>
    public static string Upn(int n) => $"chef{n}@stockholm.se";

    public static string AadId(int n) => $"00000000-0000-0000-0000-{n:D12}";

    public static string ConversationOf(int n) => $"a:chat-{n}";

    /// <summary>One reminder for person n and a step; its goal ids carry the key so a delivered card names its message.</summary>
    public static ReminderMessage Reminder(int n, ReminderStep step = ReminderStep.Early, string organisation = "Hägersten-Älvsjö", int goals = 2) =>
        new(ReminderMessage.KeyFor(Upn(n), Period, step), organisation, Period, step, new ReminderRecipient(Upn(n), AadId(n), $"Chef {n}"),
            new DateTimeOffset(2026, 9, 7, 6, 0, 0, TimeSpan.Zero),
            [.. Enumerable.Range(1, goals).Select(g => new OwedGoal($"{ReminderMessage.KeyFor(Upn(n), Period, step)}#{g}", $"3.6.{g}", $"Mål {g}"))])
        {
            DueAt = Start,
        };

    public static async Task RememberConversationsAsync(IConversationReferenceStore store, string serviceUrl, IEnumerable<int> people)
    {
        foreach (var n in people)
            await store.SaveAsync(new StoredConversationReference(AadId(n), serviceUrl, ConversationOf(n), "tenant-1", $"28:{AppId}", $"29:user-{n}", Start));
    }

    /// <summary>The idempotency key of a delivered reminder card, read back from its first "Rapportera" button.</summary>
    public static string KeyOf(JsonObject activity)
    {
        var card = activity["attachments"]![0]!["content"]!;
        var goalId = card["body"]!.AsArray()
            .Select(e => e?["items"]?[1]?["actions"]?[0]?["data"]?["goalId"])
            .First(g => g is not null)!.GetValue<string>();
        return goalId[..goalId.LastIndexOf('#')];
    }

    public Dictionary<string, int> DeliveriesByKey() =>
        Connector.Accepted.GroupBy(a => KeyOf(a.Activity)).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Runs a dispatcher until nothing is due, moving the fake clock on between rounds so retries come due.</summary>
    public static async Task DrainAsync(ReminderDispatcher dispatcher, Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, IReminderOutbox outbox,
        string organisation = "Hägersten-Älvsjö", int maxRounds = 40)
    {
        for (var round = 0; round < maxRounds; round++)
        {
            while (await dispatcher.RunOnceAsync(CancellationToken.None) > 0) { }
            var open = (await outbox.ListAsync(organisation, Period)).Where(i => i.State is OutboxState.Pending or OutboxState.Failed).ToList();
            if (open.Count == 0) return;
            var next = open.Min(i => i.NextAttemptAt ?? clock.GetUtcNow());
            clock.Advance(next > clock.GetUtcNow() ? next - clock.GetUtcNow() : TimeSpan.FromSeconds(1));
        }
        Assert.Fail($"The outbox still has open messages after {maxRounds} rounds.");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private sealed class FixedToken : IConnectorTokenProvider
    {
        public Task<string> GetTokenAsync(bool forceRefresh, CancellationToken ct) => Task.FromResult("test-token");
    }
}
