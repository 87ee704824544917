using System.Data.Common;

namespace StatusBot.Storage.Sql;

/// <summary>
/// What differs between SQLite and PostgreSQL. Everything else (upserts with ON CONFLICT, joins, named
/// parameters) is written once in the shared store, because both engines accept the same SQL for it.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The folder under Migrations/ holding this dialect's numbered scripts.</summary>
    public abstract string MigrationsFolder { get; }

    /// <summary>The same on both engines: applied_at is ISO 8601 text, written by the runner.</summary>
    public string CreateMigrationsTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            checksum   TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    /// <summary>A query returning a single truthy value when schema_migrations exists.</summary>
    public abstract string MigrationsTableExistsSql { get; }

    /// <summary>Serialises concurrent migrators (several app instances starting at once); null when the engine does it already.</summary>
    public virtual string? MigrationLockSql => null;

    /// <summary>How a JSON text parameter is written into a JSON column.</summary>
    public virtual string JsonParameter(string parameterName) => parameterName;

    /// <summary>
    /// Taken first in a submit transaction (parameter @series_key) so submits to one goal and period queue instead of
    /// racing; null when the write transaction already excludes other writers.
    /// </summary>
    public virtual string? OutcomeSeriesLockSql => null;

    /// <summary>
    /// Appended to the outbox claim's inner SELECT: PostgreSQL locks the chosen rows and skips rows another
    /// dispatcher is claiming; SQLite needs nothing because BEGIN IMMEDIATE already excludes other writers.
    /// </summary>
    public virtual string ClaimLockClause => "";

    /// <summary>True when a statement failed on a UNIQUE constraint or primary key.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>A read that sees one consistent snapshot across its several queries.</summary>
    public abstract ValueTask<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken ct);
}
