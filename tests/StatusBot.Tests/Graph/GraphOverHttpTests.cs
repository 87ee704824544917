using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;
using StatusBot.Graph;
using StatusBot.Teams.Reminders;

namespace StatusBot.Tests.Graph;

/// <summary>The real Graph SDK and our gateway against a local fake Graph over HTTP: the strongest check of the wiring.</summary>
public sealed class GraphOverHttpTests : IAsyncLifetime
{
    private FakeGraph _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeGraph.StartAsync();
        _fake.Users["anna@stockholm.se"] = ("oid-anna", "Anna Andersson", "anna@stockholm.se");
        _fake.Users["chef@stockholm.se"] = ("oid-chef", "Cecilia Chef", "chef@stockholm.se");
        _fake.Managers["anna@stockholm.se"] = "chef@stockholm.se";
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private GraphOptions Options => new() { BaseUrl = _fake.BaseUrl, TeamsAppCatalogId = "catalog-1", RetryBaseDelay = TimeSpan.FromMilliseconds(5) };

    private IGraphGateway Gateway() => new GraphSdkGateway(GraphClients.Create(Options, authentication: new AnonymousAuthenticationProvider()));

    private GraphPeopleDirectory People() => new(Gateway(), new MemoryCache(new MemoryCacheOptions()),
        Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, NullLogger<GraphPeopleDirectory>.Instance);

    [Fact]
    public async Task Resolve_and_manager_go_through_the_sdk_with_the_selected_fields()
    {
        var people = People();

        var anna = await people.ResolveAsync("anna@stockholm.se");
        var manager = await people.ManagerOfAsync("anna@stockholm.se");

        Assert.Equal(("oid-anna", "Anna Andersson"), (anna!.AadObjectId, anna.DisplayName));
        Assert.Equal("chef@stockholm.se", manager);
        Assert.Contains(_fake.Requests, r => r.StartsWith("GET /v1.0/users/anna@stockholm.se?", StringComparison.Ordinal)
            && r.Contains("select=id,displayName,userPrincipalName", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_user_is_null_and_a_person_without_manager_has_none()
    {
        var people = People();

        Assert.Null(await people.ResolveAsync("ingen@stockholm.se"));
        Assert.Null(await people.ManagerOfAsync("chef@stockholm.se"));
    }

    [Fact]
    public async Task Throttling_with_retry_after_is_honoured_then_answered()
    {
        _fake.Failures.Enqueue((429, 1));
        _fake.Failures.Enqueue((503, null));
        var started = DateTimeOffset.UtcNow;

        var anna = await People().ResolveAsync("anna@stockholm.se");

        Assert.Equal("oid-anna", anna!.AadObjectId);
        Assert.Equal(3, _fake.Requests.Count(r => r.StartsWith("GET /v1.0/users/anna", StringComparison.Ordinal)));
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(0.95), "Retry-After: 1 was not waited for");
    }

    [Fact]
    public async Task Install_posts_the_catalog_binding_and_maps_409_and_403()
    {
        var installer = new GraphAppInstaller(Gateway(), Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, NullLogger<GraphAppInstaller>.Instance);
        _fake.InstallStatus["oid-chef"] = 409;
        _fake.InstallStatus["oid-blocked"] = 403;

        Assert.Equal(AppInstallStatus.Installed, (await installer.EnsureInstalledAsync("oid-anna", default)).Status);
        Assert.Equal(AppInstallStatus.AlreadyInstalled, (await installer.EnsureInstalledAsync("oid-chef", default)).Status);
        Assert.Equal(AppInstallStatus.Blocked, (await installer.EnsureInstalledAsync("oid-blocked", default)).Status);

        Assert.Contains("POST /v1.0/users/oid-anna/teamwork/installedApps", _fake.Requests);
        Assert.All(_fake.InstallBodies, body =>
            Assert.Equal("https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/catalog-1", (string?)body["teamsApp@odata.bind"]));
    }
}
