using System.Text;
using System.Text.Json;

namespace StatusBot.Anchors;

/// <summary>
/// The relay anchor: what every bot must do at the least for one message - read and parse the activity, POST a reply
/// carrying an Adaptive Card to <c>{serviceUrl}/v3/conversations/{id}/activities/{activityId}</c>, and answer 200.
/// The card is serialised once at start, and one HttpClient is shared, so nothing here is avoidable work.
/// </summary>
internal static class RelayEndpoint
{
    private static readonly HttpClient Connector = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 });

    private static readonly byte[] ReplyBody = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        type = "message",
        summary = "Nämndmål 3.6.1 uppfylls delvis",
        attachments = new[]
        {
            new
            {
                contentType = "application/vnd.microsoft.card.adaptive",
                content = new
                {
                    type = "AdaptiveCard",
                    version = "1.5",
                    body = new object[]
                    {
                        new { type = "TextBlock", text = "Nämndmål 3.6.1", weight = "Bolder", size = "Medium", wrap = true },
                        new { type = "TextBlock", text = "Uppfylls delvis (T2 2023)", wrap = true },
                        new { type = "FactSet", facts = new[] { new { title = "Indikator", value = "Andel nöjda brukare: 82 % (mål 85 %)" } } },
                    },
                },
            },
        },
    }));

    public static void Map(WebApplication app) => app.MapPost("/api/messages", RelayAsync);

    private static async Task<IResult> RelayAsync(HttpRequest request, CancellationToken ct)
    {
        using var activity = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        var root = activity.RootElement;
        var serviceUrl = root.GetProperty("serviceUrl").GetString()!.TrimEnd('/');
        var conversationId = root.GetProperty("conversation").GetProperty("id").GetString()!;
        var activityId = root.GetProperty("id").GetString()!;
        var url = $"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        using var content = new ByteArrayContent(ReplyBody);
        content.Headers.ContentType = new("application/json");
        using var response = await Connector.PostAsync(url, content, ct);
        return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(502);
    }
}
