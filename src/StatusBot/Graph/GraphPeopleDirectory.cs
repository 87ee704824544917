using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Polly;
using StatusBot.Domain.People;
using StatusBot.Domain.Store;
using StatusBot.Application.Responsibilities;

namespace StatusBot.Graph;

/// <summary>
/// <see cref="IPeopleDirectory"/> over Microsoft Graph. Answers are cached for <see cref="GraphOptions.CacheDuration"/>
/// (a person's object id never changes; a manager rarely does), and a user Entra does not know is remembered for an
/// hour so a typo in the CSV does not cost a Graph call per reminder. Every resolution is also written to the store's
/// people table, so stored responsibilities named only by e-mail are recognised by the object id Teams sends.
/// </summary>
public sealed class GraphPeopleDirectory(
    IGraphGateway graph,
    IMemoryCache cache,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<GraphPeopleDirectory> logger,
    IResponsibilityStore? store = null) : IPeopleDirectory
{
    private static readonly TimeSpan UnknownUserMemory = TimeSpan.FromHours(1);
    private readonly ResiliencePipeline _retry = GraphResilience.Create(options.Value, time);

    public async Task<PersonRef?> ResolveAsync(string upn, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(upn);
        var key = Key("user", upn);
        if (cache.TryGetValue(key, out PersonRef? cached)) return cached;

        PersonRef? person;
        try
        {
            var user = await _retry.ExecuteAsync(async token => await graph.GetUserAsync(upn.Trim(), token), ct);
            person = new PersonRef(user.UserPrincipalName ?? upn.Trim()) { AadObjectId = user.Id, DisplayName = user.DisplayName };
        }
        catch (GraphCallException e) when (e.StatusCode == 404)
        {
            logger.LogWarning("Användaren {Upn} finns inte i Entra ID; kontrollera e-postadressen i ansvarslistan", upn);
            cache.Set(key, (PersonRef?)null, UnknownUserMemory);
            return null;
        }
        cache.Set(key, person, options.Value.CacheDuration);
        await RememberAsync(upn, person, KnownManagerOf(upn), ct);
        return person;
    }

    public async Task<string?> ManagerOfAsync(string upn, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(upn);
        var key = Key("manager", upn);
        if (cache.TryGetValue(key, out string? cached)) return cached;

        string? manager;
        try
        {
            manager = await _retry.ExecuteAsync(async token => await graph.GetManagerUpnAsync(upn.Trim(), token), ct);
        }
        catch (GraphCallException e) when (e.StatusCode == 404)
        {
            // Graph answers 404 both for "no manager" and for "no such user": either way there is nobody to escalate to.
            manager = null;
        }
        cache.Set(key, manager, manager is null ? UnknownUserMemory : options.Value.CacheDuration);
        if (cache.TryGetValue(Key("user", upn), out PersonRef? person) && person is not null)
            await RememberAsync(upn, person, manager, ct);
        return manager;
    }

    public string? KnownManagerOf(string upn) =>
        !string.IsNullOrWhiteSpace(upn) && cache.TryGetValue(Key("manager", upn), out string? manager) ? manager : null;

    private async Task RememberAsync(string upn, PersonRef person, string? manager, CancellationToken ct)
    {
        if (store is null) return;
        try
        {
            // Under the UPN the CSV used, which is how the store joins responsibilities to people.
            await store.SaveResolvedPersonAsync(person with { Upn = upn.Trim() }, manager, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The cache already holds the answer; the store is only a convenience for matching by object id.
            logger.LogWarning(e, "Could not store the resolved person {Upn}", upn);
        }
    }

    private static string Key(string kind, string upn) => $"graph:{kind}:{upn.Trim().ToLowerInvariant()}";
}
