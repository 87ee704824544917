using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StatusBot.BotFramework.Schema;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Hosting;

/// <summary>The endpoint in unauthenticated development mode (authentication has its own tests).</summary>
public sealed class EndpointTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["MaxRequestBytes"] = "4096",
        ["HandlerTimeoutSeconds"] = "0.5",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json at all")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":42}")]
    public async Task MalformedBodyIs400AndNothingIsProcessed(string body)
    {
        using var response = await _host.PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Handler.Calls);
        Assert.Empty(_host.Sink.References);
    }

    [Fact]
    public async Task OversizeBodyIs413()
    {
        using var response = await _host.PostAsync(Activities.Message(new string('x', 5000)).ToJsonString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Handler.Calls);
    }

    [Fact]
    public async Task OversizeChunkedBodyWithoutContentLengthIs413()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new UnknownLengthContent(Encoding.UTF8.GetBytes(Activities.Message(new string('x', 5000)).ToJsonString())),
        };
        using var response = await _host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Handler.Calls);
    }

    [Fact]
    public async Task MessageIsDispatchedAndAnswered200()
    {
        using var response = await _host.PostAsync(Activities.Message("<at>StatusBot</at> visa mål 3.6").ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (method, activity) = Assert.Single(_host.Handler.Calls);
        Assert.Equal("message", method);
        Assert.Equal("visa mål 3.6", activity.StripBotMention());
    }

    [Theory]
    [InlineData("conversationUpdate", "conversationUpdate")]
    [InlineData("installationUpdate", "installationUpdate")]
    [InlineData("event", "other")]
    [InlineData("somethingNew", "other")]
    public async Task ActivitiesAreDispatchedByType(string type, string expectedMethod)
    {
        var activity = Activities.Message();
        activity["type"] = type;
        using var response = await _host.PostAsync(activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedMethod, Assert.Single(_host.Handler.Calls).Method);
    }

    [Fact]
    public async Task InvokeWithAThrowingHandlerIs200WithAnErrorBody()
    {
        _host.Handler.OnInvoke = _ => throw new InvalidOperationException("boom");
        using var response = await _host.PostAsync(Activities.Invoke().ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(500, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("InternalError", (string?)body["value"]!["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["value"]!["message"]));
        Assert.Contains(_host.Logs.Entries, e => e.Level == LogLevel.Error && e.Text.Contains("boom"));
    }

    [Fact]
    public async Task InvokeReturnsTheCardAsTheHttpBody()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() };
        _host.Handler.OnInvoke = turn =>
        {
            Assert.Equal("spara", (string?)JsonNode.Parse(turn.Activity.Value!.Value.GetRawText())!["action"]!["verb"]);
            return Task.FromResult(InvokeResponse.AdaptiveCard(card));
        };
        using var response = await _host.PostAsync(Activities.Invoke().ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
    }

    [Fact]
    public async Task SlowInvokeGetsATimeoutErrorBodyNotAnHttpError()
    {
        _host.Handler.OnInvoke = async turn =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), turn.CancellationToken);
            return InvokeResponse.Ok();
        };
        using var response = await _host.PostAsync(Activities.Invoke().ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.error", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]);
    }

    [Fact]
    public async Task MessageHandlerExceptionIs500WithoutDetail()
    {
        _host.Handler.OnMessage = _ => throw new InvalidOperationException("internal detail");
        using var response = await _host.PostAsync(Activities.Message().ToJsonString());
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("internal detail", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UndeliverableReplyIs202NotA500()
    {
        // The Connector stayed down through every retry: Teams must not redeliver into it or show an error.
        _host.Handler.OnMessage = _ => throw new StatusBot.BotFramework.Connector.ConnectorException(503, "down");
        using var response = await _host.PostAsync(Activities.Message().ToJsonString());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task SlowMessageHandlerIsAnsweredPromptlyAndCancelled()
    {
        var cancelled = new TaskCompletionSource();
        _host.Handler.OnMessage = async turn =>
        {
            try { await Task.Delay(TimeSpan.FromSeconds(30), turn.CancellationToken); }
            catch (OperationCanceledException) { cancelled.SetResult(); throw; }
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await _host.PostAsync(Activities.Message().ToJsonString());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"answered after {watch.Elapsed}");
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ConversationReferenceIsHandedToTheSinkOnEveryActivity()
    {
        using (await _host.PostAsync(Activities.Message().ToJsonString())) { }
        using (await _host.PostAsync(Activities.Invoke().ToJsonString())) { }

        Assert.Equal(2, _host.Sink.References.Count);
        var reference = _host.Sink.References.First();
        Assert.Equal(new ConversationReference(Activities.ServiceUrl, "msteams", "a:conv-1", "personal", "29:user-id",
            "aad-user-1", "Anna Andersson", Activities.BotId, Activities.TenantId, "sv-SE"), reference);
    }

    [Fact]
    public void StartingWithoutAnAppIdWarnsLoudly() =>
        Assert.Contains(_host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("UNAUTHENTICATED"));

    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
