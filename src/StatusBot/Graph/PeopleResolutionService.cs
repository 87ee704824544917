using Microsoft.Extensions.Options;
using StatusBot.Domain.Store;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Graph;

/// <summary>
/// Resolves every person named in the stored responsibilities (object id, name, manager) at start and then every
/// <see cref="GraphOptions.ResolveInterval"/>, so turns can match people by the object id Teams sends and the
/// reminder planner finds managers in the cache without calling Graph itself.
/// </summary>
public sealed class PeopleResolutionService(
    IResponsibilityStore store,
    IPeopleDirectory people,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<PeopleResolutionService> logger) : BackgroundService
{
    /// <summary>Resolves everyone once; returns how many UPNs Entra did not know.</summary>
    public async Task<int> ResolveAllAsync(CancellationToken ct)
    {
        var upns = (await store.AllAsync(ct)).Select(r => r.Person.Upn.Trim()).Where(u => u.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var unknown = 0;
        foreach (var upn in upns)
        {
            if (await people.ResolveAsync(upn, ct) is null) { unknown++; continue; }
            await people.ManagerOfAsync(upn, ct);
        }
        logger.LogInformation("Resolved {Count} people through Graph; {Unknown} unknown to Entra ID", upns.Length, unknown);
        return unknown;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ResolveInterval, time);
        do
        {
            try
            {
                await ResolveAllAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Graph or the store unreachable: the cache keeps serving, the next round tries again.
                logger.LogWarning(e, "Resolving people through Graph failed; trying again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
