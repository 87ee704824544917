using System.Data.Common;
using Npgsql;
using StatusBot.Storage.Relational;

namespace StatusBot.Storage.Postgres;

/// <summary>The production goal store: PostgreSQL shared by every app instance, through one pooled data source.</summary>
public sealed class PostgresGoalStore : RelationalGoalStore
{
    private readonly NpgsqlDataSource _dataSource;

    /// <param name="connectionString">An Npgsql connection string ("Host=...;Database=...").</param>
    public PostgresGoalStore(string connectionString, TimeProvider? clock = null) : base(PostgresDialect.Instance, clock)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken ct) =>
        await _dataSource.OpenConnectionAsync(ct);

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await base.DisposeAsync();
    }
}
