using System.Diagnostics;
using Npgsql;
using StatusBot.Testing;

namespace StatusBot.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests run against: STATUSBOT_TEST_POSTGRES when set, otherwise a throwaway
/// server started with ../shared/tools/postgres/pg-throwaway.sh and stopped again at the end. Every fixture
/// gets a uniquely named database of its own. If no server can be reached the tests fail, never skip.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string ThrowawayPort = "55433";
    private const string EnvironmentVariable = "STATUSBOT_TEST_POSTGRES";

    private bool _startedHere;
    private string _serverConnectionString = "";

    /// <summary>A connection string to this fixture's own database.</summary>
    public string ConnectionString { get; private set; } = "";

    public string DatabaseName { get; } = $"statusbot_test_{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = await RunThrowawayAsync("start");
            _startedHere = true;
        }
        _serverConnectionString = configured.Trim();
        try
        {
            await using var connection = new NpgsqlConnection(_serverConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"PostgreSQL kunde inte nås med '{WithoutPassword(_serverConnectionString)}' ({e.Message}). Sätt {EnvironmentVariable} till en " +
                "anslutningssträng till en server där testerna får skapa databaser, eller installera PostgreSQL (apt-get install postgresql).", e);
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = DatabaseName }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_startedHere)
        {
            await RunThrowawayAsync("stop");
            return;
        }
        try
        {
            await using var connection = new NpgsqlConnection(_serverConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The server went away first; nothing left to clean.
        }
    }

    // The connection string lands in CI logs when the tests fail: never print its password.
    private static string WithoutPassword(string connectionString)
    {
        try { return new NpgsqlConnectionStringBuilder(connectionString) { Password = null }.ConnectionString; }
        catch (ArgumentException) { return "(ogiltig anslutningssträng)"; }
    }

    private static async Task<string> RunThrowawayAsync(string command)
    {
        var script = Path.Combine(RepoPaths.Shared, "tools", "postgres", "pg-throwaway.sh");
        if (!File.Exists(script))
            throw new InvalidOperationException($"{EnvironmentVariable} är inte satt och {script} finns inte: PostgreSQL-testerna kan inte köras.");
        var start = new ProcessStartInfo("bash", [script, command, ThrowawayPort])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"pg-throwaway.sh {command} {ThrowawayPort} misslyckades (kod {process.ExitCode}): {await stderr}");
        return (await stdout).Trim().Split('\n')[^1];
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
