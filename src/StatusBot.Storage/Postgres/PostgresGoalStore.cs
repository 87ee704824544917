using StatusBot.Storage.Sql;
using System.Data.Common;
using Npgsql;
using StatusBot.Storage.Relational;

namespace StatusBot.Storage.Postgres;

/// <summary>The production goal store: PostgreSQL shared by every app instance, through one pooled data source.</summary>
public sealed class PostgresGoalStore : RelationalGoalStore
{
    /// <summary>Readiness probes give up this fast, so a silent network cannot make them hang (Npgsql's default is 15 s).</summary>
    private const int ProbeTimeoutSeconds = 3;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _probeDataSource;

    /// <param name="connectionString">An Npgsql connection string ("Host=...;Database=...").</param>
    public PostgresGoalStore(string connectionString, TimeProvider? clock = null, GoalStoreOptions? options = null)
        : base(PostgresDialect.Instance, clock)
    {
        options ??= new GoalStoreOptions();
        _dataSource = Build(connectionString, options);
        // A pool of its own: probes never wait behind (or take) the connections that answer users.
        _probeDataSource = Build(new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = ProbeTimeoutSeconds,
            CommandTimeout = ProbeTimeoutSeconds,
            MaxPoolSize = 2,
        }.ConnectionString, options);
        UsesEntraAuthentication = PostgresEntraAuthentication.IsWanted(new NpgsqlConnectionStringBuilder(connectionString), options.PostgresAuthentication);
    }

    /// <summary>True when connections log in with an Entra token instead of what the connection string says.</summary>
    public bool UsesEntraAuthentication { get; }

    private static NpgsqlDataSource Build(string connectionString, GoalStoreOptions options)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        PostgresEntraAuthentication.Configure(builder, options);
        return builder.Build();
    }

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken ct) =>
        await _dataSource.OpenConnectionAsync(ct);

    protected override async ValueTask<DbConnection> OpenProbeConnectionAsync(CancellationToken ct) =>
        await _probeDataSource.OpenConnectionAsync(ct);

    public override async ValueTask DisposeAsync()
    {
        await _probeDataSource.DisposeAsync();
        await _dataSource.DisposeAsync();
        await base.DisposeAsync();
    }
}
