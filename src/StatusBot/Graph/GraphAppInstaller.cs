using Microsoft.Extensions.Options;
using Polly;
using StatusBot.Teams.Reminders;

namespace StatusBot.Graph;

/// <summary>
/// Installs StatusBot for a person through Graph so the bot may open a 1:1 chat with someone it has never talked
/// to. 409 means it is installed already; 403 (policy, licence) and 404 (no such user) are final: reported as
/// Blocked so the outbox records them for coordinators instead of retrying forever.
/// </summary>
public sealed class GraphAppInstaller(IGraphGateway graph, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphAppInstaller> logger)
    : IAppInstaller
{
    private readonly ResiliencePipeline _retry = GraphResilience.Create(options.Value, time);

    public async Task<AppInstallResult> EnsureInstalledAsync(string userAadObjectId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        var catalogId = options.Value.TeamsAppCatalogId;
        if (string.IsNullOrWhiteSpace(catalogId))
            return AppInstallResult.Blocked("Graph:TeamsAppCatalogId är inte konfigurerat; appen kan inte installeras åt användaren.");
        try
        {
            await _retry.ExecuteAsync(async token => await graph.InstallAppAsync(userAadObjectId, catalogId, token), ct);
            return AppInstallResult.Installed;
        }
        catch (GraphCallException e) when (e.StatusCode == 409)
        {
            return AppInstallResult.AlreadyInstalled;
        }
        catch (GraphCallException e) when (e.StatusCode == 403)
        {
            logger.LogWarning("Installing the app for {UserId} was refused (403): {Message}", userAadObjectId, e.Message);
            return AppInstallResult.Blocked("Appen får inte installeras åt användaren (organisationens policy eller licens).");
        }
        catch (GraphCallException e) when (e.StatusCode == 404)
        {
            return AppInstallResult.Blocked("Användaren eller appen finns inte i katalogen (Graph svarade 404).");
        }
    }
}
