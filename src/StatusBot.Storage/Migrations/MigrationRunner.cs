using System.Data.Common;
using System.Globalization;
using StatusBot.Storage.Relational;
using StatusBot.Storage.Sql;

namespace StatusBot.Storage.Migrations;

/// <summary>
/// Applies the pending migrations in order, each in its own transaction together with its row in
/// schema_migrations, so a failed step leaves the schema at the previous version.
/// </summary>
internal sealed class MigrationRunner(SqlDialect dialect)
{
    public IReadOnlyList<Migration> Migrations { get; } = MigrationCatalog.For(dialect.MigrationsFolder);

    public async Task MigrateAsync(DbConnection connection, CancellationToken ct)
    {
        foreach (var migration in Migrations)
        {
            await using var tx = await dialect.BeginWriteAsync(connection, ct);
            if (dialect.MigrationLockSql is { } lockSql)
                await connection.Command(tx, lockSql).ExecuteNonQueryAsync(ct);
            await connection.Command(tx, dialect.CreateMigrationsTableSql).ExecuteNonQueryAsync(ct);

            // Checked after taking the lock: another instance may have applied it meanwhile.
            var applied = await AppliedChecksumAsync(connection, tx, migration.Version, ct);
            if (applied is not null)
            {
                if (applied != migration.Checksum)
                    throw new InvalidOperationException(
                        $"Migration {migration.Version} ({migration.Name}) was changed after it was applied to this database; add a new migration instead.");
                continue;
            }

            await connection.Command(tx, migration.Sql).ExecuteNonQueryAsync(ct);
            await connection.Command(tx,
                    "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @applied_at)")
                .With("@version", migration.Version)
                .With("@name", migration.Name)
                .With("@checksum", migration.Checksum)
                .With("@applied_at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture))
                .ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
    }

    /// <summary>True when schema_migrations exists and lists every migration this build knows.</summary>
    public async Task<bool> AllAppliedAsync(DbConnection connection, CancellationToken ct)
    {
        var exists = await connection.Command(null, dialect.MigrationsTableExistsSql).ExecuteScalarAsync(ct);
        if (exists is null or DBNull || !Convert.ToBoolean(exists, CultureInfo.InvariantCulture)) return false;
        var versions = new HashSet<int>();
        await using var reader = await connection.Command(null, "SELECT version FROM schema_migrations").ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        return Migrations.All(m => versions.Contains(m.Version));
    }

    private static async Task<string?> AppliedChecksumAsync(DbConnection connection, DbTransaction tx, int version, CancellationToken ct) =>
        await connection.Command(tx, "SELECT checksum FROM schema_migrations WHERE version = @version")
            .With("@version", version)
            .ExecuteScalarAsync(ct) as string;
}
