using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StatusBot.Tests.Graph;

/// <summary>
/// A local Microsoft Graph on Kestrel (loopback): the users, managers and app installations the tests put in it,
/// with Graph's error shapes, and queued failures (429 with Retry-After, 503, 403) for the next calls.
/// </summary>
internal sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentDictionary<string, (string Id, string DisplayName, string Upn)> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentDictionary<string, string> Managers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentDictionary<string, int> InstallStatus { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Failures served (status, Retry-After seconds) before the next normal answer.</summary>
    public ConcurrentQueue<(int Status, int? RetryAfterSeconds)> Failures { get; } = new();

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<JsonNode> InstallBodies { get; } = new();

    private FakeGraph(WebApplication app) => _app = app;

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1.0";

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGraph(app);
        app.Use(async (context, next) =>
        {
            fake.Requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            if (fake.Failures.TryDequeue(out var failure))
            {
                if (failure.RetryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Error(context, failure.Status, "Throttled", "Försök igen senare.");
                return;
            }
            await next();
        });
        app.MapGet("/v1.0/users/{id}", (string id, HttpContext context) =>
            fake.Find(id) is { } u
                ? Results.Json(new JsonObject { ["id"] = u.Id, ["displayName"] = u.DisplayName, ["userPrincipalName"] = u.Upn })
                : NotFound(context));
        app.MapGet("/v1.0/users/{id}/manager", (string id, HttpContext context) =>
            fake.Find(id) is { } u && fake.Managers.TryGetValue(u.Upn, out var manager) && fake.Find(manager) is { } m
                ? Results.Json(new JsonObject { ["@odata.type"] = "#microsoft.graph.user", ["id"] = m.Id, ["userPrincipalName"] = m.Upn })
                : NotFound(context));
        app.MapPost("/v1.0/users/{id}/teamwork/installedApps", async (string id, HttpContext context) =>
        {
            fake.InstallBodies.Enqueue((await JsonNode.ParseAsync(context.Request.Body))!);
            var status = fake.InstallStatus.GetValueOrDefault(id, 201);
            if (status != 201) { await Error(context, status, status == 409 ? "Conflict" : "Forbidden", "x"); return Results.Empty; }
            return Results.Json(new JsonObject { ["id"] = "installation-1" }, statusCode: 201);
        });
        await app.StartAsync();
        return fake;
    }

    private (string Id, string DisplayName, string Upn)? Find(string idOrUpn) =>
        Users.TryGetValue(idOrUpn, out var byUpn) ? byUpn : Users.Values.Cast<(string, string, string)?>().FirstOrDefault(u => u!.Value.Item1 == idOrUpn);

    private static IResult NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return Results.Json(ErrorBody("Request_ResourceNotFound", "Resource does not exist."), statusCode: 404);
    }

    private static async Task Error(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(ErrorBody(code, message).ToJsonString());
    }

    private static JsonObject ErrorBody(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
