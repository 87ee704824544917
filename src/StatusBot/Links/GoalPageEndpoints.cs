using StatusBot.Application.Sharing;

namespace StatusBot.Links;

/// <summary>
/// <c>GET /mal/{organisation}/{year}/{goal}</c>: the page behind a goal's stable link (the same address unfurls in
/// Teams). Read-only, answered from the in-memory read model.
/// </summary>
public static class GoalPageEndpoints
{
    public static void MapGoalPages(this WebApplication app) =>
        app.MapGet(GoalLink.RouteTemplate, (string organisation, int year, string goal, GoalLinks links, HttpContext http) =>
        {
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return links.Resolve(new GoalLink(organisation, year, goal)) is { } found
                ? Results.Content(GoalPage.Render(found), "text/html; charset=utf-8")
                : Results.Content(GoalPage.NotFound(), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        });
}
