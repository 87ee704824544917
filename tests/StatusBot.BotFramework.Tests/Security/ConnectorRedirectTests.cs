using StatusBot.BotFramework.Connector;
using StatusBot.BotFramework.Schema;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// Issue 12 item 7: the Connector client followed 307/308 redirects, re-sending the activity to a host the
/// trusted-service-URL policy never evaluated. Redirects are not followed; they are a failed call.
/// </summary>
public sealed class ConnectorRedirectTests
{
    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task RedirectIsNotFollowedAndNothingReachesTheOtherHost(int status)
    {
        await using var host = await ConnectorTestHost.StartAsync();
        await using var elsewhere = await FakeConnector.StartAsync();
        host.Connector.Enqueue(status, ("Location", elsewhere.BaseUrl + "/steal/v3/conversations/a/activities"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(host.ServiceUrl, "a:conv-1", Activity.CreateMessage("hemligt")));

        Assert.Equal(status, error.StatusCode);
        Assert.Empty(elsewhere.Requests);
        Assert.Single(host.Connector.Requests);
    }
}
