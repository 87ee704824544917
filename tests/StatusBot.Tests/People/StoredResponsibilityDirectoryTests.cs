using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Application.Conversation;
using StatusBot.Application.Responsibilities;
using StatusBot.Domain.People;
using StatusBot.Domain.Plans;
using StatusBot.Domain.Store;
using StatusBot.Storage;
using StatusBot.Tests.Hosting;
using StatusBot.Tests.Support;
using StatusBot.Application;

namespace StatusBot.Tests.People;

/// <summary>The bot's responsibilities directory over configuration and a real SQLite store of imported ones.</summary>
public sealed class StoredResponsibilityDirectoryTests : IAsyncLifetime
{
    private static readonly Plan Hagersten = ImportedSeeds.Hagersten;
    private readonly string _path = HostedBot.NewSqliteStore();
    private IGoalStore _store = null!;

    private IResponsibilityStore Responsibilities => (IResponsibilityStore)_store;

    public async Task InitializeAsync()
    {
        _store = GoalStoreFactory.Open(_path);
        await _store.MigrateAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private static Responsibility Owner(string upn, string goal = "3.6.3", ResponsibilityRole role = ResponsibilityRole.Ansvarig) =>
        new(Hagersten.Organisation, Hagersten.Year, goal, new PersonRef(upn), role);

    private StoredResponsibilityDirectory Directory(IEnumerable<Responsibility>? configured = null, TimeProvider? time = null) =>
        new(new ConfiguredResponsibilityDirectory(configured ?? []), Responsibilities, NullLogger<StoredResponsibilityDirectory>.Instance, time ?? TimeProvider.System);

    [Fact]
    public async Task Stored_and_configured_people_both_answer_for_the_goal()
    {
        await Responsibilities.ReplaceAsync(Hagersten.Organisation, Hagersten.Year, [Owner("stored@stockholm.se")]);
        var directory = Directory([Owner("configured@stockholm.se")]);
        await directory.RefreshAsync(default);

        var goal = Hagersten.FindByNumber("3.6.3")!;
        Assert.Equal(["configured@stockholm.se", "stored@stockholm.se"], directory.ResponsibleFor(Hagersten, goal).Select(p => p.Upn));
    }

    [Fact]
    public async Task A_stored_person_is_found_by_upn_and_once_resolved_by_object_id()
    {
        await Responsibilities.ReplaceAsync(Hagersten.Organisation, Hagersten.Year,
            [Owner("anna@stockholm.se"), new(Hagersten.Organisation, Hagersten.Year, null, new PersonRef("anna@stockholm.se"), ResponsibilityRole.Coordinator)]);
        var directory = Directory();
        await directory.RefreshAsync(default);
        Assert.Equal(2, directory.GoalsFor(new Asker("teams-id-unknown", Upn: "Anna@Stockholm.se")).Count);
        Assert.Empty(directory.GoalsFor(new Asker("oid-anna")));

        // Teams often sends only the object id: once Graph resolved the UPN, that is enough.
        await Responsibilities.SaveResolvedPersonAsync(new PersonRef("anna@stockholm.se") { AadObjectId = "oid-anna" }, null);
        await directory.RefreshAsync(default);

        Assert.Equal([ResponsibilityRole.Ansvarig, ResponsibilityRole.Coordinator], directory.GoalsFor(new Asker("oid-anna")).Select(r => r.Role));
    }

    [Fact]
    public async Task The_timer_picks_up_a_new_import_and_a_failed_reload_keeps_the_last_list()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var directory = Directory(time: time);
        await Responsibilities.ReplaceAsync(Hagersten.Organisation, Hagersten.Year, [Owner("first@stockholm.se")]);
        await directory.StartAsync(default);
        await WaitUntil(() => directory.All.Count == 1);

        await Responsibilities.ReplaceAsync(Hagersten.Organisation, Hagersten.Year, [Owner("second@stockholm.se"), Owner("third@stockholm.se", "3.6.3", ResponsibilityRole.Delegate)]);
        Assert.Equal(["first@stockholm.se"], directory.All.Select(r => r.Person.Upn)); // not before the interval
        time.Advance(StoredResponsibilityDirectory.RefreshInterval);
        await WaitUntil(() => directory.All.Count == 2);
        Assert.Equal(["second@stockholm.se", "third@stockholm.se"], directory.All.Select(r => r.Person.Upn));

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE responsibilities";
            await drop.ExecuteNonQueryAsync();
        }
        time.Advance(StoredResponsibilityDirectory.RefreshInterval);
        await Task.Delay(200);
        Assert.Equal(2, directory.All.Count);
        await directory.StopAsync(default);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
        Assert.True(condition());
    }
}
