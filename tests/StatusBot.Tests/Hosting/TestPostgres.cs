using System.Diagnostics;
using Npgsql;
using StatusBot.Testing;

namespace StatusBot.Tests.Hosting;

/// <summary>
/// PostgreSQL for the hosting tests: STATUSBOT_TEST_POSTGRES when set, otherwise a throwaway server (pg-throwaway.sh)
/// on a port of our own, stopped at the end. Each test gets a fresh database. Unreachable means fail, never skip.
/// </summary>
public sealed class TestPostgres : IAsyncLifetime
{
    private const string ThrowawayPort = "55447";
    private const string EnvironmentVariable = "STATUSBOT_TEST_POSTGRES";

    private readonly List<string> _databases = [];
    private bool _startedHere;

    public NpgsqlConnectionStringBuilder Server { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = await ThrowawayAsync("start");
            _startedHere = true;
        }
        Server = new NpgsqlConnectionStringBuilder(configured.Trim());
    }

    /// <summary>Creates an empty database and returns a connection string to it through <paramref name="proxy"/>.</summary>
    public async Task<string> CreateDatabaseAsync(TcpProxy proxy)
    {
        var name = $"statusbot_ops_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(Server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Database = name }.ConnectionString;
    }

    public TcpProxy StartProxy() => TcpProxy.Start(Server.Host ?? "127.0.0.1", Server.Port);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_startedHere)
        {
            await ThrowawayAsync("stop");
            return;
        }
        foreach (var name in _databases)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Server.ConnectionString);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // Best effort: the server is shared and may be gone.
            }
        }
    }

    private static async Task<string> ThrowawayAsync(string command)
    {
        var script = Path.Combine(RepoPaths.Shared, "tools", "postgres", "pg-throwaway.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, command, ThrowawayPort])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"pg-throwaway.sh {command} {ThrowawayPort} failed ({process.ExitCode}): {await stderr}. Set {EnvironmentVariable} or install PostgreSQL.");
        return (await stdout).Trim().Split('\n')[^1];
    }
}

[CollectionDefinition(Name)]
public sealed class HostingPostgresCollection : ICollectionFixture<TestPostgres>
{
    public const string Name = "hosting-postgres";
}
