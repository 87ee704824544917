using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using StatusBot.Graph;
using StatusBot.Teams.Reminders;

namespace StatusBot.Tests.Graph;

public sealed class GraphAppInstallerTests
{
    private const string User = "oid-anna";
    private const string CatalogId = "catalog-app-id";
    private readonly Mock<IGraphGateway> _graph = new(MockBehavior.Strict);

    private GraphAppInstaller Installer(string? catalogId = CatalogId) =>
        new(_graph.Object, Options.Create(new GraphOptions { TeamsAppCatalogId = catalogId, RetryBaseDelay = TimeSpan.FromMilliseconds(1) }),
            TimeProvider.System, NullLogger<GraphAppInstaller>.Instance);

    [Fact]
    public async Task Created_means_installed_with_the_configured_catalog_id()
    {
        _graph.Setup(g => g.InstallAppAsync(User, CatalogId, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        Assert.Equal(AppInstallStatus.Installed, (await Installer().EnsureInstalledAsync(User, default)).Status);
        _graph.VerifyAll();
    }

    [Fact]
    public async Task Conflict_means_already_installed()
    {
        _graph.Setup(g => g.InstallAppAsync(User, CatalogId, It.IsAny<CancellationToken>())).ThrowsAsync(new GraphCallException(409, "Conflict"));

        Assert.Equal(AppInstallStatus.AlreadyInstalled, (await Installer().EnsureInstalledAsync(User, default)).Status);
    }

    [Fact]
    public async Task Forbidden_means_blocked_with_a_swedish_reason_and_no_retry()
    {
        _graph.Setup(g => g.InstallAppAsync(User, CatalogId, It.IsAny<CancellationToken>())).ThrowsAsync(new GraphCallException(403, "Forbidden"));

        var result = await Installer().EnsureInstalledAsync(User, default);

        Assert.Equal(AppInstallStatus.Blocked, result.Status);
        Assert.Contains("policy", result.Reason);
        _graph.Verify(g => g.InstallAppAsync(User, CatalogId, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Throttled_then_created_is_retried()
    {
        _graph.SetupSequence(g => g.InstallAppAsync(User, CatalogId, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new GraphCallException(429, "TooManyRequests", TimeSpan.FromMilliseconds(10)))
            .Returns(Task.CompletedTask);

        Assert.Equal(AppInstallStatus.Installed, (await Installer().EnsureInstalledAsync(User, default)).Status);
        _graph.Verify(g => g.InstallAppAsync(User, CatalogId, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Without_a_catalog_id_it_is_blocked_without_calling_graph()
    {
        var result = await Installer(catalogId: null).EnsureInstalledAsync(User, default);

        Assert.Equal(AppInstallStatus.Blocked, result.Status);
        Assert.Contains("TeamsAppCatalogId", result.Reason);
    }
}
