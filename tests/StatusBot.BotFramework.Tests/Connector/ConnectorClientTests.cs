using System.Text.Json.Nodes;
using StatusBot.BotFramework.Schema;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests
{
    private const string ConversationId = "19:abc@thread.tacv2;messageid=42";
    private const string EscapedConversationId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D42";

    private static Activity Message(string text) => new()
    {
        Type = ActivityType.Message,
        Text = text,
        From = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = ConversationId, TenantId = "tenant-1" },
    };

    [Fact]
    public async Task SendToConversationPostsTheActivityWithTheBearerToken()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var result = await host.Client.SendToConversationAsync(host.ServiceUrl, ConversationId, Message("Hej Anna"));

        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/emea/v3/conversations/{EscapedConversationId}/activities", request.Path);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("Hej Anna", (string?)body["text"]);
        Assert.Equal(ConversationId, (string?)body["conversation"]!["id"]);
        Assert.Null(body["replyToId"]); // nulls are omitted, not sent as null
        Assert.Equal("activity-1", result.Id);
    }

    [Fact]
    public async Task ReplyUpdateAndDeleteUseTheirPathsAndMethods()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var reply = Message("svar");
        reply.ReplyToId = "1700000000000";
        await host.Client.ReplyToActivityAsync(host.ServiceUrl, ConversationId, "1700000000000", reply);
        await host.Client.UpdateActivityAsync(host.ServiceUrl, ConversationId, "activity-1", Message("uppdaterad"));
        await host.Client.DeleteActivityAsync(host.ServiceUrl, ConversationId, "activity-1");

        var requests = host.Connector.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.Equal(("POST", $"/emea/v3/conversations/{EscapedConversationId}/activities/1700000000000"), (requests[0].Method, requests[0].Path));
        Assert.Equal("1700000000000", (string?)JsonNode.Parse(requests[0].Body)!["replyToId"]);
        Assert.Equal(("PUT", $"/emea/v3/conversations/{EscapedConversationId}/activities/activity-1"), (requests[1].Method, requests[1].Path));
        Assert.Equal("uppdaterad", (string?)JsonNode.Parse(requests[1].Body)!["text"]);
        Assert.Equal(("DELETE", $"/emea/v3/conversations/{EscapedConversationId}/activities/activity-1"), (requests[2].Method, requests[2].Path));
        Assert.Equal(string.Empty, requests[2].Body);
        Assert.All(requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(1, host.Tokens!.Acquisitions); // cached between calls
    }

    [Fact]
    public async Task CreatePersonalConversationPostsBotMemberAndTenant()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var created = await host.Client.CreatePersonalConversationAsync(host.ServiceUrl, "28:bot", "29:user", "tenant-1");

        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal(("POST", "/emea/v3/conversations"), (request.Method, request.Path));
        Assert.Equal("Bearer token-1", request.Authorization);
        var body = JsonNode.Parse(request.Body)!;
        Assert.False((bool)body["isGroup"]!);
        Assert.Equal("28:bot", (string?)body["bot"]!["id"]);
        Assert.Equal("29:user", (string?)Assert.Single(body["members"]!.AsArray())!["id"]);
        Assert.Equal("tenant-1", (string?)body["tenantId"]);
        Assert.Equal("tenant-1", (string?)body["channelData"]!["tenant"]!["id"]);
        Assert.Equal("a:new-personal-conversation", created.Id);
    }

    [Fact]
    public async Task ServiceUrlWithoutTrailingSlashResolvesTheSamePath()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        await host.Client.SendToConversationAsync(host.Connector.BaseUrl + "/emea", "a:1", Message("x"));
        Assert.Equal("/emea/v3/conversations/a%3A1/activities", Assert.Single(host.Connector.Requests).Path);
    }

    [Fact]
    public async Task LoopbackWithoutCredentialsSendsWithoutToken()
    {
        await using var host = await ConnectorTestHost.StartAsync(withCredentials: false, allowLoopback: false);
        await host.Client.SendToConversationAsync(host.ServiceUrl, ConversationId, Message("playground"));
        Assert.Equal(string.Empty, Assert.Single(host.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task NoTokenIsSentToAnUntrustedServiceUrl()
    {
        // Credentials configured but loopback not enabled: the fake connector is an untrusted host.
        await using var host = await ConnectorTestHost.StartAsync(allowLoopback: false);
        await Assert.ThrowsAsync<StatusBot.BotFramework.Connector.UntrustedServiceUrlException>(() =>
            host.Client.SendToConversationAsync(host.ServiceUrl, ConversationId, Message("hemligt")));
        Assert.Empty(host.Connector.Requests);
        Assert.Equal(0, host.Tokens!.Acquisitions);
    }

    [Fact]
    public async Task HttpServiceUrlOnATrustedHostIsRefused()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        await Assert.ThrowsAsync<StatusBot.BotFramework.Connector.UntrustedServiceUrlException>(() =>
            host.Client.SendToConversationAsync("http://smba.trafficmanager.net/emea/", ConversationId, Message("x")));
        Assert.Equal(0, host.Tokens!.Acquisitions);
    }

    [Fact]
    public async Task NoTokenReachesTheLogEvenAtTrace()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(401);
        await host.Client.SendToConversationAsync(host.ServiceUrl, ConversationId, Message("x"));
        var log = host.Logs.AllText;
        Assert.Contains("401", log); // the capture sees the refresh
        Assert.DoesNotContain("token-1", log);
        Assert.DoesNotContain("token-2", log);
        Assert.DoesNotContain("client-secret-value", log);
    }
}
