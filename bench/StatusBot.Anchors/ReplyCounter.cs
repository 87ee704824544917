namespace StatusBot.Anchors;

/// <summary>
/// Fake Bot Connector: counts replies (and which of them carry an Adaptive Card) so run.sh can check that every
/// request wrk counted was answered. <c>POST /reset</c> zeroes the counters between runs.
/// </summary>
internal static class ReplyCounter
{
    private static long _replies;
    private static long _withCard;
    private static long _unthreaded;

    public static void Map(WebApplication app)
    {
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", ReceiveAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", () =>
        {
            Interlocked.Increment(ref _unthreaded);
            return Results.Json(new { id = "unthreaded" });
        });
        app.MapGet("/count", () => Results.Text(
            $"{Interlocked.Read(ref _replies)} {Interlocked.Read(ref _withCard)} {Interlocked.Read(ref _unthreaded)}"));
        app.MapPost("/reset", () =>
        {
            Interlocked.Exchange(ref _replies, 0);
            Interlocked.Exchange(ref _withCard, 0);
            Interlocked.Exchange(ref _unthreaded, 0);
            return Results.Ok();
        });
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        Interlocked.Increment(ref _replies);
        if (body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal)) Interlocked.Increment(ref _withCard);
        return Results.Json(new { id = "reply" });
    }
}
