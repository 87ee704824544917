using System.Net;
using Microsoft.Extensions.Options;

namespace StatusBot.BotFramework.Connector;

/// <summary>
/// Decides whether a service URL may receive the bot's token. The serviceUrl comes from the (authenticated)
/// activity, but a bug or a forged activity must never make us hand our token to an arbitrary host.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options)
{
    private readonly BotOptions _options = options.Value;

    /// <summary>Classifies <paramref name="uri"/>.</summary>
    public ServiceUrlTrust Evaluate(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri) return ServiceUrlTrust.Untrusted;
        if (IsLoopback(uri))
        {
            if (!_options.HasConnectorCredentials) return ServiceUrlTrust.AnonymousLoopback;
            return _options.AllowLoopbackServiceUrls ? ServiceUrlTrust.Trusted : ServiceUrlTrust.Untrusted;
        }
        if (uri.Scheme != Uri.UriSchemeHttps) return ServiceUrlTrust.Untrusted;
        return _options.EffectiveTrustedServiceUrls.Any(p => HostMatches(uri.IdnHost, p)) ? ServiceUrlTrust.Trusted : ServiceUrlTrust.Untrusted;
    }

    /// <summary><c>*.example.com</c> matches any subdomain (not the apex); anything else matches the host exactly.</summary>
    public static bool HostMatches(string host, string pattern)
    {
        pattern = pattern.Trim();
        if (pattern.StartsWith("*.", StringComparison.Ordinal))
            return host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1;
        return string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
