using Microsoft.Extensions.Options;

namespace StatusBot.Application.Conversation.Organisations;

/// <summary>Reads <see cref="ConversationOptions"/>: the user's own entry, then the tenant's, then the global default.</summary>
public sealed class ConfiguredOrganisationResolver(IOptionsMonitor<ConversationOptions> options) : IOrganisationResolver
{
    public string? DefaultOrganisationFor(Asker asker)
    {
        var o = options.CurrentValue;
        return Lookup(o.UserOrganisations, asker.UserId)
            ?? Lookup(o.UserOrganisations, asker.Upn)
            ?? Lookup(o.TenantOrganisations, asker.TenantId)
            ?? (string.IsNullOrWhiteSpace(o.DefaultOrganisation) ? null : o.DefaultOrganisation);
    }

    // Bound dictionaries keep the binder's comparer, which is case-sensitive; ids and UPNs are not.
    private static string? Lookup(Dictionary<string, string> map, string? key) =>
        key is null ? null
        : map.TryGetValue(key, out var v) ? v
        : map.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
