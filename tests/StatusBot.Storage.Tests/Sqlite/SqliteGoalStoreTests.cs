using Microsoft.Data.Sqlite;
using StatusBot.Import.Json;
using StatusBot.Domain.Store;
using StatusBot.Storage.Relational;
using StatusBot.Storage.Sqlite;
using StatusBot.Storage.Tests.Contract;
using StatusBot.Testing.Plans;

namespace StatusBot.Storage.Tests.Sqlite;

/// <summary>The store contract on a SQLite file of its own per test, plus what only SQLite has.</summary>
public sealed class SqliteGoalStoreTests : GoalStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("statusbot-sqlite-").FullName;

    private string DatabaseFile => Path.Combine(_directory, "goals.db");

    protected override RelationalGoalStore OpenStore(TimeProvider? clock = null) => new SqliteGoalStore(DatabaseFile, clock);

    protected override IGoalStore OpenUnreachableStore()
    {
        var notADatabase = Path.Combine(_directory, "not-a-database.db");
        File.WriteAllText(notADatabase, "Det här är ingen SQLite-databas, bara text som råkar ligga i filen.");
        return new SqliteGoalStore(notADatabase);
    }

    protected override async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Uses_write_ahead_logging_and_enforces_foreign_keys()
    {
        await using var store = OpenStore();
        await store.MigrateAsync();
        await store.SavePlansAsync([SamplePlans.Small()]);

        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM pragma_foreign_key_check"));
    }

    [Fact]
    public async Task Accepts_a_connection_string_and_creates_the_folder()
    {
        var nested = Path.Combine(_directory, "a", "b", "goals.db");
        await using var store = new SqliteGoalStore($"Data Source={nested}");
        await store.MigrateAsync();
        Assert.True(await store.IsReadyAsync());
        Assert.True(File.Exists(nested));
    }

    [Fact]
    public async Task A_second_process_style_writer_waits_for_the_lock_instead_of_failing()
    {
        await using var store = OpenStore();
        await store.MigrateAsync();
        // Hold the write lock from another connection for a moment, as another process would.
        await using var blocker = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await blocker.OpenAsync();
        await using var tx = blocker.BeginTransaction(deferred: false);
        // Task.Run: Microsoft.Data.Sqlite's async methods complete synchronously, so the wait would block this thread.
        var save = Task.Run(() => store.SavePlansAsync([SamplePlans.Small()]));
        await Task.Delay(300);
        Assert.False(save.IsCompleted);
        await tx.CommitAsync();

        await save;
        Assert.Single(await store.ListPlansAsync());
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_store_gives_the_same_store_back()
    {
        await using var original = OpenStore();
        await original.MigrateAsync();
        await original.SavePlansAsync([SamplePlans.Namnd(), SamplePlans.Small(), SamplePlans.Namnd("Farsta stadsdelsnämnd", 2023)]);
        var exported = StoreJsonWriter.ToJson(await original.GetAllPlansAsync());

        await using var copy = new SqliteGoalStore(Path.Combine(_directory, "copy.db"));
        await copy.MigrateAsync();
        await copy.SavePlansAsync(StoreJsonReader.Parse(exported));

        PlanSnapshot.AssertEqual(await original.GetAllPlansAsync(), await copy.GetAllPlansAsync());
        Assert.Equal(exported, StoreJsonWriter.ToJson(await copy.GetAllPlansAsync()));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
