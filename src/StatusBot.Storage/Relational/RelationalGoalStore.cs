using System.Data.Common;
using System.Globalization;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Storage.Migrations;
using StatusBot.Storage.Sql;

namespace StatusBot.Storage.Relational;

/// <summary>
/// The goal store over any relational engine we support. Subclasses only say how to open a connection and
/// which <see cref="SqlDialect"/> to use; the SQL for saving and loading plans is shared.
/// </summary>
public abstract partial class RelationalGoalStore : IGoalStore
{
    /// <summary>Swedish order for organisation names ("Å" before "Ä" before "Ö"), identical on both engines.</summary>
    private static readonly StringComparer OrganisationOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false);

    private readonly MigrationRunner _migrations;
    private readonly TimeProvider _clock;

    private protected RelationalGoalStore(SqlDialect dialect, TimeProvider? clock)
    {
        Dialect = dialect;
        _migrations = new MigrationRunner(dialect);
        _clock = clock ?? TimeProvider.System;
    }

    private protected SqlDialect Dialect { get; }

    /// <summary>The number of the newest migration this build carries.</summary>
    public int LatestSchemaVersion => _migrations.Migrations[^1].Version;

    /// <summary>Opens a connection ready for use (engine settings applied).</summary>
    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken ct);

    /// <summary>Opens a connection for <see cref="IsReadyAsync"/>; engines override it to fail fast.</summary>
    protected virtual ValueTask<DbConnection> OpenProbeConnectionAsync(CancellationToken ct) => OpenConnectionAsync(ct);

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await _migrations.MigrateAsync(connection, ct);
    }

    public async Task<bool> IsReadyAsync(CancellationToken ct = default)
    {
        try
        {
            await using var connection = await OpenProbeConnectionAsync(ct);
            return await _migrations.AllAppliedAsync(connection, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Unreachable, refused, timed out, or a file that is not a database: all mean "not ready".
            return false;
        }
    }

    public async Task<SaveResult> SavePlansAsync(IReadOnlyList<Plan> plans, CancellationToken ct = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(plans);
            PlanValidator.Validate(plans);
            if (plans.Count == 0) return new SaveResult([]);

            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            var outcomes = new Dictionary<string, PlanSaveOutcome>(StringComparer.Ordinal);
            await using (var writer = new PlanWriter(connection, tx, Dialect, _clock.GetUtcNow()))
            {
                // A fixed order of plans means two concurrent batches lock plan rows in the same order: no deadlock.
                foreach (var plan in plans.OrderBy(p => p.Id, StringComparer.Ordinal))
                    outcomes[plan.Id] = await writer.SaveAsync(plan, ct);
            }
            await tx.CommitAsync(ct);
            return new SaveResult([.. plans.Select(p => outcomes[p.Id])]);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task<IReadOnlyList<PlanSummary>> ListPlansAsync(CancellationToken ct = default)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginReadAsync(connection, ct);
            await using var command = connection.Command(tx, """
                SELECT p.id, p.organisation, p.year, p.document, p.imported_at,
                    (SELECT COUNT(*) FROM goals g WHERE g.plan_id = p.id)
                FROM plans p
                """);
            var summaries = new List<PlanSummary>();
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                    summaries.Add(new PlanSummary(reader.GetString(0), reader.GetString(1), reader.GetInt32(2),
                        Schema.ColumnCodes.ParseDocument(reader.GetString(3)), Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
                        reader.GetFieldValue<DateTimeOffset>(4)));
            }
            return [.. summaries.OrderBy(s => s.Organisation, OrganisationOrder).ThenBy(s => s.Year).ThenBy(s => s.Document)];
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task<Plan?> GetPlanAsync(string planId, CancellationToken ct = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(planId);
            var plans = await ReadAsync(planId, ct);
            return plans.Count == 0 ? null : plans[0];
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task<IReadOnlyList<Plan>> GetAllPlansAsync(CancellationToken ct = default)
    {
        try
        {
            var plans = await ReadAsync(null, ct);
            return [.. plans.OrderBy(p => p.Organisation, OrganisationOrder).ThenBy(p => p.Year).ThenBy(p => p.Document)];
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private async Task<List<Plan>> ReadAsync(string? planId, CancellationToken ct)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginReadAsync(connection, ct);
            return await new PlanReader(connection, tx).ReadAsync(planId, ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }
}
