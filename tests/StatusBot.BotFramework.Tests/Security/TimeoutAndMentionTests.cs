using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatusBot.BotFramework.Schema;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// Issue 12 item 7: the mention-stripping regex timed out on <c>&lt;at&gt;</c> followed by thousands of spaces, and
/// the endpoint then logged the handler timeout (a RegexMatchTimeoutException is a TimeoutException) although the
/// handler had failed at once.
/// </summary>
public sealed class TimeoutAndMentionTests
{
    private static Activity Message(string text) => new()
    {
        Type = ActivityType.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = Activities.BotId, Name = "StatusBot" },
    };

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("x")]
    public void UnclosedAtTagFollowedByThousandsOfCharactersIsStrippedInLinearTime(string filler)
    {
        var text = "<at>" + string.Concat(Enumerable.Repeat(filler, 100_000)) + "hej";
        var clock = Stopwatch.StartNew();
        var stripped = Message(text).StripBotMention();
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"took {clock.Elapsed}");
        Assert.EndsWith("hej", stripped, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyAtTagsWithSpacesAreStrippedInLinearTime()
    {
        var text = string.Concat(Enumerable.Repeat("<at>    StatusBot    </at><at>" + new string(' ', 200), 500));
        var clock = Stopwatch.StartNew();
        _ = Message(text).StripBotMention();
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"took {clock.Elapsed}");
    }

    [Fact]
    public void BotMentionWithSpacesInsideTheTagIsStillStripped() =>
        Assert.Equal("hjälp", Message("<at> StatusBot </at> hjälp").StripBotMention());

    [Fact]
    public async Task InvokeHandlerThrowingATimeoutExceptionIsLoggedAsAFailureNotAsTheHandlerTimeout()
    {
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>());
        host.Handler.OnInvoke = _ => throw new RegexMatchTimeoutException("<at>", "pattern", TimeSpan.FromSeconds(1));
        using var response = await host.PostAsync(Activities.Invoke().ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(500, (int)body["statusCode"]!);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Text.Contains("timed out after", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, e => e.Text.StartsWith("Invoke handler failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageHandlerThrowingATimeoutExceptionIsNotLoggedAsTheHandlerTimeout()
    {
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>());
        host.Handler.OnMessage = _ => throw new RegexMatchTimeoutException("<at>", "pattern", TimeSpan.FromSeconds(1));
        using var response = await host.PostAsync(Activities.Message().ToJsonString());
        Assert.DoesNotContain(host.Logs.Entries, e => e.Text.Contains("exceeded", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, e => e.Text.StartsWith("Handler failed", StringComparison.Ordinal));
    }
}
