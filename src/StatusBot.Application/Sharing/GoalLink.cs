using StatusBot.Application.ReadModel;

namespace StatusBot.Application.Sharing;

/// <summary>
/// A goal's stable address, <c>/mal/{organisation}/{year}/{number}</c>: what people paste into Teams and open in a
/// browser. Organisation, year and number are what a goal is called in people's terms, so the address survives a
/// re-import (goal ids may not). A goal without a number is addressed by its stable id instead.
/// </summary>
public sealed record GoalLink(string Organisation, int Year, string NumberOrId)
{
    public const string Prefix = "/mal/";

    /// <summary>The route template the host serves the page on; the segment names match <see cref="TryParse"/>.</summary>
    public const string RouteTemplate = "/mal/{organisation}/{year:int}/{goal}";

    public static GoalLink For(GoalRef goal) => new(goal.Plan.Organisation, goal.Plan.Year, goal.Goal.Number ?? goal.Goal.Id);

    /// <summary>The path with each segment escaped (organisations have spaces and å, ä, ö).</summary>
    public string Path => $"{Prefix}{Uri.EscapeDataString(Organisation)}/{Year}/{Uri.EscapeDataString(NumberOrId)}";

    /// <summary>The absolute URL on <paramref name="baseUrl"/> (scheme and host, optionally a path prefix).</summary>
    public Uri On(Uri baseUrl) => new(baseUrl, baseUrl.AbsolutePath.TrimEnd('/') + Path);

    /// <summary>Reads a pasted URL or a path; false for anything that is not a goal address.</summary>
    public static bool TryParse(string? urlOrPath, out GoalLink link)
    {
        link = null!;
        if (string.IsNullOrWhiteSpace(urlOrPath) || urlOrPath.Length > 2048) return false;
        var path = Uri.TryCreate(urlOrPath, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http"
            ? absolute.AbsolutePath
            : urlOrPath.Split('?', '#')[0];
        var at = path.IndexOf(Prefix, StringComparison.Ordinal);
        if (at < 0) return false;
        var segments = path[(at + Prefix.Length)..].TrimEnd('/').Split('/');
        if (segments.Length != 3) return false;
        var organisation = Uri.UnescapeDataString(segments[0]).Trim();
        var goal = Uri.UnescapeDataString(segments[2]).Trim();
        if (organisation.Length == 0 || goal.Length == 0 || !int.TryParse(segments[1], out var year) || year is < 1900 or > 2999) return false;
        link = new GoalLink(organisation, year, goal);
        return true;
    }
}
