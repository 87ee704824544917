using System.Data.Common;
using Npgsql;
using StatusBot.Domain.Store;
using StatusBot.Storage.Postgres;
using StatusBot.Storage.Relational;
using StatusBot.Storage.Sqlite;

namespace StatusBot.Storage;

public enum GoalStoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Chooses the store from one setting (`--store` or configuration): a PostgreSQL connection string
/// ("Host=…"/"Server=…" or a postgres:// URI) opens PostgreSQL; anything else is a SQLite file path or a
/// SQLite connection string ("Data Source=…").
/// </summary>
public static class GoalStoreFactory
{
    /// <summary>Opens (does not migrate) the store; call <see cref="IGoalStore.MigrateAsync"/> before use.</summary>
    public static IGoalStore Open(string store, TimeProvider? clock = null) => OpenRelational(store, clock);

    /// <summary>
    /// The same store typed as what it is: one object that is both the <see cref="IGoalStore"/> and the
    /// <see cref="IOutcomeStore"/> (register it once, as a singleton, under both interfaces).
    /// </summary>
    public static RelationalGoalStore OpenRelational(string store, TimeProvider? clock = null) => Detect(store) switch
    {
        GoalStoreKind.Postgres => new PostgresGoalStore(ToNpgsqlConnectionString(store), clock),
        _ => new SqliteGoalStore(store.Trim(), clock),
    };

    public static GoalStoreKind Detect(string store)
    {
        if (string.IsNullOrWhiteSpace(store)) throw new ArgumentException("Ange en databas: en sökväg till en SQLite-fil eller en anslutningssträng till PostgreSQL.", nameof(store));
        var text = store.Trim();
        if (IsPostgresUri(text)) return GoalStoreKind.Postgres;
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = text };
            if (builder.ContainsKey("Host") || builder.ContainsKey("Server")) return GoalStoreKind.Postgres;
        }
        catch (ArgumentException)
        {
            // Not a connection string at all: a plain file path.
        }
        return GoalStoreKind.Sqlite;
    }

    /// <summary>Npgsql takes key=value strings only; a URI (as cloud consoles hand out) is translated.</summary>
    internal static string ToNpgsqlConnectionString(string store)
    {
        var text = store.Trim();
        if (!IsPostgresUri(text)) return text;
        var uri = new Uri(text);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : "";
            // libpq spells it "sslmode"; Npgsql's keyword is "SSL Mode".
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }
        return builder.ConnectionString;
    }

    private static bool IsPostgresUri(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
}
