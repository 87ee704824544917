using System.Net;
using StatusBot.BotFramework.Authentication;
using StatusBot.BotFramework.Input;
using StatusBot.BotFramework.Tests.Infrastructure;
using static StatusBot.BotFramework.Tests.Security.SecurityFixture;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// The turn tells the app who called (issue 12 item 1: the app must know whether from.aadObjectId and the
/// conversation reference come from the channel) and what the sanitiser removed (a Swedish notice is the app's).
/// </summary>
[Collection(nameof(SecurityFixture))]
public sealed class TurnCallerTests(SecurityFixture fixture)
{
    private async Task<BotFramework.Hosting.TurnContext> TurnOfAsync(string token, string tenant = Activities.TenantId)
    {
        var text = $"turn {Guid.NewGuid():N}";
        using var response = await fixture.Host.PostAsync(Activities.Message(text, tenantId: tenant).ToJsonString(), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return fixture.Host.Handler.Turns.Single(t => t.Activity.Text == text);
    }

    [Fact]
    public async Task ChannelTokenMakesTheTurnTheChannelsAndVouchedFor()
    {
        var turn = await TurnOfAsync(fixture.ChannelToken());
        Assert.Equal(InboundCallerKind.BotFrameworkChannel, turn.Caller.Kind);
        Assert.True(turn.Caller.IsBotFrameworkChannel);
        Assert.True(turn.Caller.VouchesForTheActivity);
        Assert.Null(turn.Caller.AppId);
    }

    [Fact]
    public async Task AllowedAppTokenMakesTheTurnNotVouchedForAndNamesTheApp()
    {
        var turn = await TurnOfAsync(fixture.EntraToken("2.0", AllowedCallerApp), tenant: BotTenant);
        Assert.Equal(InboundCallerKind.AllowedApplication, turn.Caller.Kind);
        Assert.False(turn.Caller.IsBotFrameworkChannel);
        Assert.False(turn.Caller.VouchesForTheActivity);
        Assert.Equal(AllowedCallerApp, turn.Caller.AppId);
    }

    [Fact]
    public async Task DevelopmentTurnIsVouchedForButNotTheChannel()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        using var response = await bot.Host.PostAsync(bot.Message().ToJsonString());
        var turn = Assert.Single(bot.Host.Handler.Turns);
        Assert.Equal(InboundCallerKind.UnauthenticatedDevelopment, turn.Caller.Kind);
        Assert.False(turn.Caller.IsBotFrameworkChannel);
        Assert.True(turn.Caller.VouchesForTheActivity);
        Assert.Single(bot.Host.Sink.References);
    }

    [Fact]
    public async Task TurnReportsWhatTheSanitiserRemovedByKind()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var json = bot.Message("a\u0000b\u202ec\u200bd MARK").ToJsonString().Replace("MARK", @"\ud800", StringComparison.Ordinal);
        using var response = await bot.Host.PostAsync(json);
        var turn = Assert.Single(bot.Host.Handler.Turns);
        Assert.True(turn.Input.AnythingRemoved);
        Assert.Equal(1, turn.Input.Removed(UnsafeCharacterKind.ControlCharacter));
        Assert.Equal(1, turn.Input.Removed(UnsafeCharacterKind.BidiControl));
        Assert.Equal(1, turn.Input.Removed(UnsafeCharacterKind.ZeroWidth));
        Assert.Equal(1, turn.Input.Removed(UnsafeCharacterKind.LoneSurrogate));
        Assert.Contains(bot.Host.Logs.Entries, e => e.Text.StartsWith("Removed unsafe characters from activity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CleanActivityReportsNothingRemoved()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        using var response = await bot.Host.PostAsync(bot.Message("hur går nämndmål 3.6.1? 😀").ToJsonString());
        var turn = Assert.Single(bot.Host.Handler.Turns);
        Assert.False(turn.Input.AnythingRemoved);
        Assert.Empty(turn.Input.RemovedKinds);
    }

    [Fact]
    public void TurnBuiltWithoutCallerInformationTrustsNothing()
    {
        var turn = new BotFramework.Hosting.TurnContext(BotFramework.Schema.Activity.CreateMessage("x"), new BotFramework.Connector.ConnectorClient(new NoHttp()), null, CancellationToken.None);
        Assert.Equal(InboundCallerKind.Unstated, turn.Caller.Kind);
        Assert.False(turn.Caller.VouchesForTheActivity);
    }

    private sealed class NoHttp : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException();
    }
}
