using System.Net;
using System.Text.Json.Nodes;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Hosting;

public sealed class TurnContextTests
{
    [Fact]
    public async Task HandlerRepliesThroughTheConnectorBoundToTheActivitysServiceUrl()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>());
        host.Handler.OnMessage = async turn =>
        {
            await turn.ReplyAsync($"Du skrev: {turn.TextWithoutMention}");
            await turn.SendActivityAsync("Och en sak till");
        };

        using var response = await host.PostAsync(Activities.Message("<at>StatusBot</at> hej", serviceUrl: connector.BaseUrl + "/emea/").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = connector.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal("/emea/v3/conversations/a%3Aconv-1/activities/1700000000000", requests[0].Path);
        Assert.Equal("/emea/v3/conversations/a%3Aconv-1/activities", requests[1].Path);
        var reply = JsonNode.Parse(requests[0].Body)!;
        Assert.Equal("Du skrev: hej", (string?)reply["text"]);
        Assert.Equal(Activities.BotId, (string?)reply["from"]!["id"]);
        Assert.Equal("29:user-id", (string?)reply["recipient"]!["id"]);
        Assert.Equal("1700000000000", (string?)reply["replyToId"]);
        Assert.Equal("sv-SE", (string?)reply["locale"]);
        Assert.Equal(string.Empty, requests[0].Authorization); // playground mode: no credentials, no token
    }
}
