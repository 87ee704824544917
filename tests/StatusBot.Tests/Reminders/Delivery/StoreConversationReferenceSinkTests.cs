using Microsoft.Extensions.Time.Testing;
using StatusBot.BotFramework.Schema;
using StatusBot.Teams.Reminders;
using StatusBot.Storage.Sqlite;

namespace StatusBot.Tests.Reminders.Delivery;

public sealed class StoreConversationReferenceSinkTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("statusbot-sink-").FullName;
    private SqliteGoalStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGoalStore(Path.Combine(_directory, "goals.db"));
        await _store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static ConversationReference Reference(string type, string? aad, string conversation = "a:1") =>
        new("https://smba.trafficmanager.net/emea/", "msteams", conversation, type, "29:user", aad, "Chef", "28:bot", "tenant", "sv-SE");

    [Fact]
    public async Task Remembers_personal_conversations_by_object_id_and_skips_group_chats_and_channels()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 8, 3, 7, 0, 0, TimeSpan.Zero));
        var sink = new StoreConversationReferenceSink(_store, clock);
        var activity = Activity.CreateMessage("hej");

        await sink.OnReferenceAsync(Reference("groupChat", "aad-group"), activity, CancellationToken.None);
        await sink.OnReferenceAsync(Reference("channel", "aad-channel"), activity, CancellationToken.None);
        await sink.OnReferenceAsync(Reference("personal", null), activity, CancellationToken.None);
        await sink.OnReferenceAsync(Reference("personal", "AAD-1"), activity, CancellationToken.None);

        Assert.Null(await _store.FindPersonalAsync("aad-group"));
        Assert.Null(await _store.FindPersonalAsync("aad-channel"));
        var stored = await _store.FindPersonalAsync("aad-1");
        Assert.NotNull(stored);
        Assert.Equal("a:1", stored.ConversationId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", stored.ServiceUrl);
        Assert.Equal("28:bot", stored.BotId);
        Assert.Equal("29:user", stored.UserId);
        Assert.Equal("tenant", stored.TenantId);
        Assert.Equal(clock.GetUtcNow(), stored.SeenAt);
    }

    [Fact]
    public async Task An_unchanged_reference_is_written_once_per_interval_and_a_changed_one_at_once()
    {
        var start = new DateTimeOffset(2026, 8, 3, 7, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        var sink = new StoreConversationReferenceSink(_store, clock);
        var activity = Activity.CreateMessage("hej");

        await sink.OnReferenceAsync(Reference("personal", "aad-1"), activity, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(30));
        await sink.OnReferenceAsync(Reference("personal", "aad-1"), activity, CancellationToken.None);
        Assert.Equal(start, (await _store.FindPersonalAsync("aad-1"))!.SeenAt); // the repeat was not written

        await sink.OnReferenceAsync(Reference("personal", "aad-1", conversation: "a:2"), activity, CancellationToken.None);
        var changed = await _store.FindPersonalAsync("aad-1");
        Assert.Equal("a:2", changed!.ConversationId);
        Assert.Equal(clock.GetUtcNow(), changed.SeenAt);

        clock.Advance(StoreConversationReferenceSink.RefreshInterval);
        await sink.OnReferenceAsync(Reference("personal", "aad-1", conversation: "a:2"), activity, CancellationToken.None);
        Assert.Equal(clock.GetUtcNow(), (await _store.FindPersonalAsync("aad-1"))!.SeenAt);
    }
}
