using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace StatusBot.Tests.Hosting;

/// <summary>/healthz says the process lives; /readyz says the store is reachable and migrated — with SQLite.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task A_migrated_sqlite_store_is_live_and_ready()
    {
        await using var bot = await HostedBot.StartAsync(HostedBot.NewSqliteStore(), settings: NoDemo);

        await AssertAnswers(bot, "healthz", HttpStatusCode.OK, "ok");
        await AssertAnswers(bot, "readyz", HttpStatusCode.OK, "ready");
    }

    [Fact]
    public async Task A_store_that_was_never_migrated_is_not_ready_until_it_is()
    {
        var file = HostedBot.NewSqliteStore();
        await using var bot = await HostedBot.StartAsync(file, settings: NoDemo, initialise: false);

        await AssertAnswers(bot, "healthz", HttpStatusCode.OK, "ok");
        await AssertAnswers(bot, "readyz", HttpStatusCode.ServiceUnavailable, "store not ready");

        await bot.Services.GetRequiredService<StatusBot.Domain.Store.IGoalStore>().MigrateAsync();
        await AssertAnswers(bot, "readyz", HttpStatusCode.OK, "ready");
    }

    [Fact]
    public async Task A_store_missing_this_builds_newest_migration_is_not_ready()
    {
        var file = HostedBot.NewSqliteStore();
        await using var bot = await HostedBot.StartAsync(file, settings: NoDemo);
        await AssertAnswers(bot, "readyz", HttpStatusCode.OK, "ready");

        // As if the database were restored from before the newest migration.
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await AssertAnswers(bot, "readyz", HttpStatusCode.ServiceUnavailable, "store not ready");
        await AssertAnswers(bot, "healthz", HttpStatusCode.OK, "ok");
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_not_ready_and_answers_quickly()
    {
        var file = HostedBot.NewSqliteStore();
        await using var bot = await HostedBot.StartAsync(file, settings: NoDemo, initialise: false);
        await File.WriteAllTextAsync(file, new string('x', 4096));

        var watch = Stopwatch.StartNew();
        await AssertAnswers(bot, "readyz", HttpStatusCode.ServiceUnavailable, "store not ready");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(6), $"/readyz took {watch.Elapsed}");
    }

    internal static readonly Dictionary<string, string?> NoDemo = new() { ["Demo:Enabled"] = "false" };

    internal static async Task AssertAnswers(HostedBot bot, string path, HttpStatusCode status, string body)
    {
        using var response = await bot.Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }
}
