using StatusBot.Storage.Sql;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using StatusBot.Storage.Relational;

namespace StatusBot.Storage.Sqlite;

/// <summary>
/// The embedded goal store: one SQLite file. WAL mode lets readers run beside the single writer, and the
/// busy timeout makes a second process wait for the write lock instead of failing at once.
/// </summary>
public sealed class SqliteGoalStore : RelationalGoalStore
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private readonly string _connectionString;

    /// <param name="store">A file path, or a connection string with "Data Source=".</param>
    public SqliteGoalStore(string store, TimeProvider? clock = null) : base(SqliteDialect.Instance, clock)
    {
        var builder = LooksLikeConnectionString(store)
            ? new SqliteConnectionStringBuilder(store)
            : new SqliteConnectionStringBuilder { DataSource = store };
        builder.ForeignKeys = true;
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, (int)BusyTimeout.TotalSeconds);
        builder.Pooling = true;
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>The database file (or ":memory:").</summary>
    public string DataSource { get; }

    internal static bool LooksLikeConnectionString(string store)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = store };
            return builder.ContainsKey("Data Source") || builder.ContainsKey("DataSource") || builder.ContainsKey("Filename");
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken ct)
    {
        if (DataSource is { Length: > 0 } file && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
            Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"""
                PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                """;
            await pragmas.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using (var connection = new SqliteConnection(_connectionString)) SqliteConnection.ClearPool(connection);
        return base.DisposeAsync();
    }
}
