using Npgsql;
using StatusBot.Domain.Store;
using StatusBot.Storage.Postgres;
using StatusBot.Storage.Relational;
using StatusBot.Storage.Tests.Contract;

namespace StatusBot.Storage.Tests.Postgres;

/// <summary>
/// The store contract on PostgreSQL. The fixture's database is shared by the tests of this class, so each
/// test works in a schema of its own (search_path), created here and dropped afterwards.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGoalStoreTests(PostgresServer server) : GoalStoreContract, IAsyncLifetime
{
    private readonly string _schema = $"t_{Guid.NewGuid():N}";

    private string ConnectionString =>
        new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = _schema }.ConnectionString;

    protected override RelationalGoalStore OpenStore(TimeProvider? clock = null) => new PostgresGoalStore(ConnectionString, clock);

    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    protected override IGoalStore OpenUnreachableStore() =>
        new PostgresGoalStore("Host=127.0.0.1;Port=9;Username=postgres;Database=statusbot;Timeout=3");

    protected override async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task InitializeAsync() => AdminAsync($"CREATE SCHEMA {_schema}");

    public Task DisposeAsync() => AdminAsync($"DROP SCHEMA {_schema} CASCADE");

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
