using System.Data;
using System.Data.Common;
using Npgsql;
using StatusBot.Storage.Relational;
using StatusBot.Storage.Sql;

namespace StatusBot.Storage.Postgres;

internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    /// <summary>An arbitrary constant naming the advisory lock that migrating instances queue on.</summary>
    private const long MigrationLockKey = 0x5374_6174_7573_4D; // "StatusM"

    public override string MigrationsFolder => "Postgres";

    public override string MigrationsTableExistsSql => "SELECT to_regclass('schema_migrations') IS NOT NULL";

    public override string? MigrationLockSql => $"SELECT pg_advisory_xact_lock({MigrationLockKey})";

    // A transaction-scoped advisory lock on the hash of the goal and period: submits to one series queue, others
    // run in parallel, and the lock goes with the transaction even if the connection is returned to the pool.
    public override string? OutcomeSeriesLockSql => "SELECT pg_advisory_xact_lock(hashtextextended(@series_key, 0))";

    public override string ClaimLockClause => "FOR UPDATE SKIP LOCKED";

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override string JsonParameter(string parameterName) => $"CAST({parameterName} AS jsonb)";

    // Read committed is enough for writes: the plan row is locked first, so saves of one plan queue up.
    public override async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);

    // Repeatable read: the several queries of one load see the same committed state.
    public override async ValueTask<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
}
