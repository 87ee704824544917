namespace StatusBot.Teams.Sharing;

/// <summary>
/// <c>Bot:PublicBaseUrl</c>: where the bot is reachable from outside, e.g. <c>https://app-statusbot-prod.azurewebsites.net</c>
/// (the manifest's domain). Goal links (<c>{PublicBaseUrl}/mal/{organisation}/{year}/{number}</c>) are built on it and
/// only links on its host are unfurled. Empty in local development: no link on cards, and any host unfurls.
/// </summary>
public sealed class GoalLinkOptions
{
    public const string SectionName = "Bot";

    public string? PublicBaseUrl { get; set; }

    /// <summary>The configured base as an absolute http(s) URL, or null.</summary>
    public Uri? BaseUri =>
        Uri.TryCreate(PublicBaseUrl?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null;

    /// <summary>True for a URL on the bot's own host (every URL when no base is configured).</summary>
    public bool IsOwnUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var pasted)) return false;
        return BaseUri is not { } own || string.Equals(own.Host, pasted.Host, StringComparison.OrdinalIgnoreCase);
    }
}
