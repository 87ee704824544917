using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>
/// Issue 12 items 4 and 7: odd characters in any string of an inbound activity. Lone surrogates, NUL and other
/// control characters (except tab, newline and carriage return), bidi controls and zero-width characters are removed
/// from free text (text, value, names); in identifiers (ids, tenant, channel, service URL, …) they make the activity
/// a 400. Nothing of this may become a 500.
/// </summary>
public sealed class InputSanitisationTests
{
    private static async Task<(HttpStatusCode Status, Activity? Seen)> PostAsync(DevelopmentBot bot, string json)
    {
        var before = bot.Host.Handler.Calls.Count;
        using var response = await bot.Host.PostAsync(json);
        var seen = bot.Host.Handler.Calls.Skip(before).Select(c => c.Activity).FirstOrDefault();
        return (response.StatusCode, seen);
    }

    /// <summary>JSON text with <paramref name="escape"/> (e.g. <c>\ud800</c>) spliced raw into a string value.</summary>
    private static string WithRawEscape(JsonObject activity, string marker, string escape) =>
        activity.ToJsonString().Replace(marker, escape, StringComparison.Ordinal);

    [Theory]
    [InlineData(@"\ud800")]
    [InlineData(@"\udc00")]
    [InlineData(@"\udc00\ud800")]
    [InlineData(@"\ud800x")]
    public async Task LoneSurrogateInACardSubmitValueIsRemovedWithoutA500(string escape)
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message();
        activity.Remove("text");
        activity["value"] = new JsonObject { ["verb"] = "spara", ["analys"] = "före MARK efter" };

        var (status, seen) = await PostAsync(bot, WithRawEscape(activity, "MARK", escape));

        Assert.Equal(HttpStatusCode.OK, status);
        var analys = seen!.Value!.Value.GetProperty("analys").GetString()!;
        Assert.StartsWith("före ", analys, StringComparison.Ordinal);
        Assert.DoesNotContain(analys, char.IsSurrogate);
    }

    [Fact]
    public async Task LoneSurrogateInTextAndNamesIsRemovedWithoutA500()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message("hur går MARK 3.6.1?");
        activity["from"]!["name"] = "Anna MARK";
        var (status, seen) = await PostAsync(bot, WithRawEscape(activity, "MARK", @"\ud800"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("hur går  3.6.1?", seen!.Text);
        Assert.Equal("Anna ", seen.From!.Name);
    }

    [Fact]
    public async Task ValidSurrogatePairsAreKept()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var (status, seen) = await PostAsync(bot, WithRawEscape(bot.Message("tack MARK"), "MARK", @"\ud83d\ude00"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("tack 😀", seen!.Text);
    }

    [Fact]
    public async Task NulInFromNameIsRemovedWithoutA500()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message();
        activity["from"]!["name"] = "Anna\u0000 Andersson";
        var (status, seen) = await PostAsync(bot, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Anna Andersson", seen!.From!.Name);
    }

    [Fact]
    public async Task ControlCharactersAreRemovedButTabNewlineAndCarriageReturnAreKept()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message("rad 1\r\nrad\t2\u0001\u0007\u001b\u007f\u0085");
        activity["value"] = new JsonObject { ["analys"] = "a\u0000b\nc", ["nested"] = new JsonArray("x\u0008y") };
        var (status, seen) = await PostAsync(bot, activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("rad 1\r\nrad\t2", seen!.Text);
        Assert.Equal("ab\nc", seen.Value!.Value.GetProperty("analys").GetString());
        Assert.Equal("xy", seen.Value!.Value.GetProperty("nested")[0].GetString());
    }

    [Fact]
    public async Task BidiControlsAndZeroWidthCharactersAreRemovedFromTextValueAndNames()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message("hur går nämndmål \u202e1.6.3\u202c\u200b?");
        activity["from"]!["name"] = "Anna\u2066 \u200dAndersson\u2069";
        activity["value"] = new JsonObject
        {
            ["upn"] = "anna\u200b.andersson@stockholm.se\ufeff",
            ["analys"] = "Målet \u2067uppfylls\u2069 \u061cdelvis\u200e\u200f\u2060",
        };
        var (status, seen) = await PostAsync(bot, activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("hur går nämndmål 1.6.3?", seen!.Text);
        Assert.Equal("Anna Andersson", seen.From!.Name);
        Assert.Equal("anna.andersson@stockholm.se", seen.Value!.Value.GetProperty("upn").GetString());
        Assert.Equal("Målet uppfylls delvis", seen.Value!.Value.GetProperty("analys").GetString());
    }

    [Theory]
    [InlineData("from", "id", "29:user\u0000id")]
    [InlineData("from", "aadObjectId", "aad-user-1\u200b")]
    [InlineData("conversation", "id", "a:conv-1\u202e")]
    [InlineData("conversation", "tenantId", "72f988bf\u0001")]
    [InlineData("recipient", "id", "28:bot\u2066")]
    [InlineData(null, "channelId", "msteams\u0000")]
    [InlineData(null, "id", "1700000000000\u200d")]
    public async Task OddCharacterInAnIdentifierIsA400AndTheHandlerNeverRuns(string? parent, string field, string value)
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message();
        var target = parent is null ? activity : activity[parent]!.AsObject();
        target[field] = value;
        var (status, seen) = await PostAsync(bot, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(seen);
    }

    [Fact]
    public async Task LoneSurrogateInAnIdentifierIsA400()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message();
        activity["from"]!["aadObjectId"] = "aad-MARK";
        var (status, seen) = await PostAsync(bot, WithRawEscape(activity, "MARK", @"\udfff"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(seen);
    }

    [Fact]
    public async Task InvalidUtf8BodyIsA400()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var bytes = Encoding.UTF8.GetBytes(bot.Message("MARK").ToJsonString());
        var at = Array.IndexOf(bytes, (byte)'M');
        bytes[at] = 0xC3; bytes[at + 1] = 0x28; // an invalid two-byte sequence
        using var response = await bot.Host.PostAsync(bytes);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ActivityWithANestedValueTooDeepIsA400NotA500()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var json = bot.Message().ToJsonString();
        var deep = new string('[', 5000) + new string(']', 5000);
        using var response = await bot.Host.PostAsync(json[..^1] + ",\"value\":" + deep + "}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EntityMentionTextIsSanitisedLikeTheMessageText()
    {
        await using var bot = await DevelopmentBot.StartAsync();
        var activity = bot.Message("<at>Status\u200bBot</at> hjälp");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>Status\u200bBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:bot-app-id", ["name"] = "Status\u200bBot" },
        });
        var (status, seen) = await PostAsync(bot, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("hjälp", seen!.StripBotMention());
    }
}
