using Npgsql;
using StatusBot.Domain.Reminders;
using StatusBot.Domain.Store;
using StatusBot.Teams.Reminders;
using StatusBot.Storage.Postgres;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Reminders.Delivery;

/// <summary>Two app instances (separate stores, separate dispatchers) on one PostgreSQL share the outbox without double sends.</summary>
[Collection(HostingPostgresCollection.Name)]
public sealed class PostgresTwoDispatcherTests(TestPostgres postgres) : IAsyncLifetime
{
    private const int Count = 2_000;
    private readonly string _schema = $"outbox_{Guid.NewGuid():N}";

    private string ConnectionString => new NpgsqlConnectionStringBuilder(postgres.Server.ConnectionString) { SearchPath = _schema }.ConnectionString;

    public Task InitializeAsync() => AdminAsync($"CREATE SCHEMA {_schema}");

    public Task DisposeAsync() => AdminAsync($"DROP SCHEMA {_schema} CASCADE");

    [Fact]
    public async Task Two_dispatchers_send_2000_reminders_each_exactly_once()
    {
        await using var rig = await DeliveryRig.StartAsync();
        await using var seed = new PostgresGoalStore(ConnectionString, TimeProvider.System);
        await seed.MigrateAsync();
        var people = Enumerable.Range(1, Count).ToList();
        await DeliveryRig.RememberConversationsAsync(seed, rig.Connector.ServiceUrl, people);
        var messages = people.Select(n => DeliveryRig.Reminder(n) with { DueAt = DateTimeOffset.UtcNow.AddMinutes(-1) }).ToList();
        Assert.Equal(Count, await seed.EnqueueAsync(messages));

        await using var storeA = new PostgresGoalStore(ConnectionString, TimeProvider.System);
        await using var storeB = new PostgresGoalStore(ConnectionString, TimeProvider.System);
        var options = () => new ReminderDeliveryOptions { BatchSize = 25, MaxParallelSends = 8 };
        var a = rig.Dispatcher(storeA, TimeProvider.System, options(), id: "instance-a");
        var b = rig.Dispatcher(storeB, TimeProvider.System, options(), id: "instance-b");

        var handled = await Task.WhenAll(DrainAsync(a), DrainAsync(b));

        var delivered = rig.DeliveriesByKey();
        Assert.Equal(Count, rig.Connector.Accepted.Count);
        Assert.Equal(messages.Select(m => m.IdempotencyKey).Order(), delivered.Keys.Order());
        Assert.All(delivered, d => Assert.Equal(1, d.Value));
        Assert.Equal(Count, handled.Sum());
        Assert.All(handled, h => Assert.True(h > 0, "both instances took part"));
        Assert.All(await seed.ListAsync("Hägersten-Älvsjö", DeliveryRig.Period), i => Assert.Equal(OutboxState.Sent, i.State));
    }

    private static async Task<int> DrainAsync(ReminderDispatcher dispatcher)
    {
        var total = 0;
        while (await dispatcher.RunOnceAsync(CancellationToken.None) is var n and > 0) total += n;
        return total;
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.Server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
