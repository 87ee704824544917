using StatusBot.Storage.Sql;
using System.Data.Common;
using System.Globalization;
using StatusBot.Domain.People;
using StatusBot.Domain.Store;

namespace StatusBot.Storage.Relational;

/// <summary>
/// Responsibilities imported from CSV, and the people Microsoft Graph resolved. An import is the whole truth for
/// its organisation and year, so it replaces their rows in one transaction; other organisations are untouched.
/// </summary>
public abstract partial class RelationalGoalStore : IResponsibilityStore
{
    public async Task ReplaceAsync(string organisation, int year, IReadOnlyList<Responsibility> responsibilities, CancellationToken ct = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
            ArgumentNullException.ThrowIfNull(responsibilities);
            foreach (var r in responsibilities)
            {
                if (!string.Equals(r.Organisation, organisation, StringComparison.Ordinal) || r.Year != year)
                    throw new ArgumentException($"Responsibility for {r.Organisation} {r.Year} given to a replace of {organisation} {year}.", nameof(responsibilities));
                if (string.IsNullOrWhiteSpace(r.Person.Upn)) throw new ArgumentException("Every responsibility needs a UPN.", nameof(responsibilities));
                if (r.GoalNumber is null && r.Role != ResponsibilityRole.Coordinator)
                    throw new ArgumentException($"{r.Person.Upn}: only coordinators may lack a goal number.", nameof(responsibilities));
            }

            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            await connection.Command(tx, "DELETE FROM responsibilities WHERE organisation = @organisation AND year = @year")
                .With("@organisation", organisation).With("@year", year)
                .ExecuteNonQueryAsync(ct);
            await using var insert = connection.Command(tx, """
                INSERT INTO responsibilities (organisation, year, goal_number, upn, aad_object_id, display_name, role)
                VALUES (@organisation, @year, @goal_number, @upn, @aad_object_id, @display_name, @role)
                """);
            foreach (var r in responsibilities)
            {
                await insert.With("@organisation", organisation).With("@year", year).With("@goal_number", r.GoalNumber)
                    .With("@upn", r.Person.Upn.Trim()).With("@aad_object_id", r.Person.AadObjectId).With("@display_name", r.Person.DisplayName)
                    .With("@role", r.Role.ToString())
                    .ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    /// <summary>
    /// Every stored responsibility, in import order. A person named only by UPN gets the object id and name Graph
    /// resolved for them, so the bot recognises them by the id Teams sends.
    /// </summary>
    public async Task<IReadOnlyList<Responsibility>> AllAsync(CancellationToken ct = default)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginReadAsync(connection, ct);
            await using var command = connection.Command(tx, """
                SELECT r.organisation, r.year, r.goal_number, r.upn,
                    COALESCE(r.aad_object_id, p.aad_object_id), COALESCE(r.display_name, p.display_name), r.role
                FROM responsibilities r
                LEFT JOIN people p ON p.upn = LOWER(r.upn)
                ORDER BY r.id
                """);
            var all = new List<Responsibility>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var person = new PersonRef(reader.GetString(3)) { AadObjectId = reader.GetNullableString(4), DisplayName = reader.GetNullableString(5) };
                all.Add(new Responsibility(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                    reader.GetNullableString(2), person, Enum.Parse<ResponsibilityRole>(reader.GetString(6))));
            }
            return all;
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    public async Task SaveResolvedPersonAsync(PersonRef person, string? managerUpn, CancellationToken ct = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(person);
            ArgumentException.ThrowIfNullOrWhiteSpace(person.Upn);
            await using var connection = await OpenConnectionAsync(ct);
            await using var tx = await Dialect.BeginWriteAsync(connection, ct);
            // UPNs are case-insensitive in Entra: one row per person however the CSV spelled them.
            await connection.Command(tx, """
                INSERT INTO people (upn, aad_object_id, display_name, manager_upn, resolved_at)
                VALUES (@upn, @aad_object_id, @display_name, @manager_upn, @resolved_at)
                ON CONFLICT (upn) DO UPDATE SET
                    aad_object_id = excluded.aad_object_id, display_name = excluded.display_name,
                    manager_upn = excluded.manager_upn, resolved_at = excluded.resolved_at
                """)
                .With("@upn", person.Upn.Trim().ToLowerInvariant())
                .With("@aad_object_id", person.AadObjectId)
                .With("@display_name", person.DisplayName)
                .With("@manager_upn", managerUpn)
                .With("@resolved_at", _clock.GetUtcNow().ToUniversalTime())
                .ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (!Dialect.IsUniqueViolation(e))
        {
            throw new StoreUnavailableException(e);
        }
    }
}
