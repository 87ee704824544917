using Npgsql;
using StatusBot.Storage.Postgres;
using StatusBot.Storage.Sqlite;

namespace StatusBot.Storage.Tests;

public sealed class GoalStoreFactoryTests
{
    [Theory]
    [InlineData("goals.db", GoalStoreKind.Sqlite)]
    [InlineData("/var/lib/statusbot/goals.db", GoalStoreKind.Sqlite)]
    [InlineData("C:\\data\\mål.db", GoalStoreKind.Sqlite)]
    [InlineData("Data Source=goals.db", GoalStoreKind.Sqlite)]
    [InlineData("Data Source=goals.db;Mode=ReadWriteCreate", GoalStoreKind.Sqlite)]
    [InlineData("Host=db.example.se;Database=statusbot;Username=bot", GoalStoreKind.Postgres)]
    [InlineData("Server=db.example.se;Port=5432;Database=statusbot", GoalStoreKind.Postgres)]
    [InlineData("  host=127.0.0.1;database=statusbot ", GoalStoreKind.Postgres)]
    [InlineData("postgres://bot:hemligt@db.example.se:5433/statusbot", GoalStoreKind.Postgres)]
    [InlineData("postgresql://db.example.se/statusbot?sslmode=require", GoalStoreKind.Postgres)]
    public void Recognises_the_kind_of_store(string store, GoalStoreKind expected) =>
        Assert.Equal(expected, GoalStoreFactory.Detect(store));

    [Fact]
    public void Translates_a_postgres_uri_into_npgsql_settings()
    {
        var settings = new NpgsqlConnectionStringBuilder(GoalStoreFactory.ToNpgsqlConnectionString(
            "postgresql://stat%40bot:h%C3%A4mligt%3A1@db.example.se:5433/statusbot?sslmode=require&Timeout=7"));

        Assert.Equal("db.example.se", settings.Host);
        Assert.Equal(5433, settings.Port);
        Assert.Equal("stat@bot", settings.Username);
        Assert.Equal("hämligt:1", settings.Password);
        Assert.Equal("statusbot", settings.Database);
        Assert.Equal(SslMode.Require, settings.SslMode);
        Assert.Equal(7, settings.Timeout);
    }

    [Fact]
    public async Task Opens_the_store_of_the_recognised_kind()
    {
        await using var postgres = GoalStoreFactory.Open("Host=127.0.0.1;Port=9;Database=x");
        Assert.IsType<PostgresGoalStore>(postgres);

        var file = Path.Combine(Path.GetTempPath(), $"statusbot-factory-{Guid.NewGuid():N}.db");
        try
        {
            await using (var sqlite = GoalStoreFactory.Open(file))
            {
                Assert.Equal(file, Assert.IsType<SqliteGoalStore>(sqlite).DataSource);
                await sqlite.MigrateAsync();
                Assert.True(await sqlite.IsReadyAsync());
            }
            Assert.True(File.Exists(file));
        }
        finally
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_an_empty_setting(string store) =>
        Assert.Throws<ArgumentException>(() => GoalStoreFactory.Open(store));
}
