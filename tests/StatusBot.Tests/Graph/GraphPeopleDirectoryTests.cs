using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using StatusBot.Domain.People;
using StatusBot.Domain.Store;
using StatusBot.Graph;
using StatusBot.Storage;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Graph;

/// <summary>The rules above Graph (caching, 404, retries) with the Graph boundary mocked.</summary>
public sealed class GraphPeopleDirectoryTests
{
    private const string Anna = "anna.andersson@stockholm.se";
    private readonly Mock<IGraphGateway> _graph = new(MockBehavior.Strict);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 4, 20, 6, 0, 0, TimeSpan.Zero));
    private readonly MemoryCache _cache;

    public GraphPeopleDirectoryTests() => _cache = new MemoryCache(new MemoryCacheOptions { Clock = new CacheClock(_time) });

    private GraphPeopleDirectory Directory(IResponsibilityStore? store = null, GraphOptions? options = null) =>
        new(_graph.Object, _cache, Options.Create(options ?? new GraphOptions()), _time, NullLogger<GraphPeopleDirectory>.Instance, store);

    [Fact]
    public async Task Resolve_maps_id_name_and_upn()
    {
        _graph.Setup(g => g.GetUserAsync(Anna, It.IsAny<CancellationToken>())).ReturnsAsync(new GraphUser("oid-anna", "Anna Andersson", "Anna.Andersson@stockholm.se"));

        var person = await Directory().ResolveAsync(Anna);

        Assert.Equal(new PersonRef("Anna.Andersson@stockholm.se") { AadObjectId = "oid-anna", DisplayName = "Anna Andersson" }, person);
    }

    [Fact]
    public async Task Resolve_is_cached_so_graph_is_asked_once_until_the_cache_expires()
    {
        _graph.Setup(g => g.GetUserAsync(Anna, It.IsAny<CancellationToken>())).ReturnsAsync(new GraphUser("oid-anna", "Anna", Anna));
        var directory = Directory(options: new GraphOptions { CacheDuration = TimeSpan.FromHours(24) });

        await directory.ResolveAsync(Anna);
        await directory.ResolveAsync(" ANNA.andersson@stockholm.se ".Trim());
        _graph.Verify(g => g.GetUserAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);

        _time.Advance(TimeSpan.FromHours(25));
        await directory.ResolveAsync(Anna);
        _graph.Verify(g => g.GetUserAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Unknown_user_gives_null_and_is_not_asked_for_again_at_once()
    {
        _graph.Setup(g => g.GetUserAsync("ingen@stockholm.se", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new GraphCallException(404, "Request_ResourceNotFound"));
        var directory = Directory();

        Assert.Null(await directory.ResolveAsync("ingen@stockholm.se"));
        Assert.Null(await directory.ResolveAsync("ingen@stockholm.se"));
        _graph.Verify(g => g.GetUserAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Manager_lookup_returns_the_managers_upn_and_is_known_synchronously_afterwards()
    {
        _graph.Setup(g => g.GetManagerUpnAsync(Anna, It.IsAny<CancellationToken>())).ReturnsAsync("chef@stockholm.se");
        _graph.Setup(g => g.GetManagerUpnAsync("vd@stockholm.se", It.IsAny<CancellationToken>())).ThrowsAsync(new GraphCallException(404, "no manager"));
        var directory = Directory();
        Assert.Null(directory.KnownManagerOf(Anna));

        Assert.Equal("chef@stockholm.se", await directory.ManagerOfAsync(Anna));
        Assert.Null(await directory.ManagerOfAsync("vd@stockholm.se"));

        Assert.Equal("chef@stockholm.se", directory.KnownManagerOf("ANNA.ANDERSSON@stockholm.se"));
        await directory.ManagerOfAsync(Anna);
        _graph.Verify(g => g.GetManagerUpnAsync(Anna, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Throttled_then_ok_is_retried_after_the_servers_retry_after()
    {
        var calls = 0;
        _graph.Setup(g => g.GetUserAsync(Anna, It.IsAny<CancellationToken>()))
            .Returns(() => ++calls == 1
                ? Task.FromException<GraphUser>(new GraphCallException(429, "TooManyRequests", TimeSpan.FromSeconds(30)))
                : Task.FromResult(new GraphUser("oid-anna", "Anna", Anna)));

        var resolving = Directory().ResolveAsync(Anna);
        await Until(() => calls == 1);
        _time.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(50);
        Assert.False(resolving.IsCompleted); // still waiting what the server asked for
        Assert.Equal(1, calls);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("oid-anna", (await resolving.WaitAsync(TimeSpan.FromSeconds(10)))!.AadObjectId);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Unavailable_beyond_the_retry_limit_fails_with_the_graph_error()
    {
        _graph.Setup(g => g.GetUserAsync(Anna, It.IsAny<CancellationToken>())).ThrowsAsync(new GraphCallException(503, "Service unavailable", TimeSpan.Zero));

        var error = await Assert.ThrowsAsync<GraphCallException>(() => Directory(options: new GraphOptions { MaxRetries = 2 }).ResolveAsync(Anna));

        Assert.Equal(503, error.StatusCode);
        _graph.Verify(g => g.GetUserAsync(Anna, It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task Forbidden_is_not_retried()
    {
        _graph.Setup(g => g.GetUserAsync(Anna, It.IsAny<CancellationToken>())).ThrowsAsync(new GraphCallException(403, "Authorization_RequestDenied"));

        await Assert.ThrowsAsync<GraphCallException>(() => Directory().ResolveAsync(Anna));

        _graph.Verify(g => g.GetUserAsync(Anna, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Resolved_people_are_written_to_the_store_so_responsibilities_gain_object_ids()
    {
        await using var store = GoalStoreFactory.Open(HostedBot.NewSqliteStore());
        await store.MigrateAsync();
        var responsibilities = (IResponsibilityStore)store;
        await responsibilities.ReplaceAsync("Nämnden", 2026, [new Responsibility("Nämnden", 2026, "3.6.1", new PersonRef(Anna), ResponsibilityRole.Ansvarig)]);
        _graph.Setup(g => g.GetUserAsync(Anna, It.IsAny<CancellationToken>())).ReturnsAsync(new GraphUser("oid-anna", "Anna Andersson", Anna));
        _graph.Setup(g => g.GetManagerUpnAsync(Anna, It.IsAny<CancellationToken>())).ReturnsAsync("chef@stockholm.se");

        var unknown = await new PeopleResolutionService(responsibilities, Directory(responsibilities), Options.Create(new GraphOptions()), _time,
            NullLogger<PeopleResolutionService>.Instance).ResolveAllAsync(default);

        Assert.Equal(0, unknown);
        var person = Assert.Single(await responsibilities.AllAsync()).Person;
        Assert.Equal(("oid-anna", "Anna Andersson"), (person.AadObjectId, person.DisplayName));
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    private sealed class CacheClock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
