using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Tests.Schema;

public sealed class ActivitySerializationTests
{
    private const string TeamsMessage = """
    {
      "type": "message",
      "id": "1700000000000",
      "timestamp": "2026-11-24T10:00:00.123Z",
      "localTimestamp": "2026-11-24T11:00:00.123+01:00",
      "localTimezone": "Europe/Stockholm",
      "serviceUrl": "https://smba.trafficmanager.net/emea/",
      "channelId": "msteams",
      "from": { "id": "29:user", "name": "Anna", "aadObjectId": "aad-1", "userPrincipalName": "anna@stockholm.se" },
      "recipient": { "id": "28:bot", "name": "StatusBot", "role": "bot" },
      "conversation": { "id": "a:1", "conversationType": "personal", "tenantId": "t-1", "isGroup": false, "name": "chat", "futureField": [1, 2] },
      "text": "<at>StatusBot</at> hej",
      "textFormat": "plain",
      "attachments": [ { "contentType": "text/html", "content": "<p>hej</p>", "extra": true } ],
      "entities": [
        { "type": "mention", "mentioned": { "id": "28:bot", "name": "StatusBot" }, "text": "<at>StatusBot</at>" },
        { "type": "clientInfo", "locale": "sv-SE", "country": "SE", "platform": "Web", "timezone": "Europe/Stockholm" }
      ],
      "channelData": { "tenant": { "id": "t-1" }, "eventType": "x", "team": { "id": "19:team" } },
      "locale": "sv-SE",
      "inputHint": "acceptingInput",
      "summary": "s",
      "value": { "nested": { "deep": [true, null, 1.5] } },
      "name": "n",
      "replyToId": "r-1",
      "brandNewTopLevel": { "a": 1 }
    }
    """;

    [Fact]
    public void KnownFieldsAreRead()
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, BotFrameworkJsonContext.Default.Activity)!;
        Assert.True(activity.Type.Is(ActivityType.Message));
        Assert.Equal("1700000000000", activity.Id);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("aad-1", activity.From!.AadObjectId);
        Assert.Equal("bot", activity.Recipient!.Role);
        Assert.False(activity.Conversation!.IsGroup);
        Assert.Equal("text/html", activity.Attachments![0].ContentType);
        Assert.Equal("<p>hej</p>", activity.Attachments[0].Content!.GetValue<string>());
        Assert.Equal("28:bot", activity.Entities![0].Mentioned!.Id);
        Assert.Equal("t-1", activity.ChannelData!.Tenant!.Id);
        Assert.Equal(JsonValueKind.Object, activity.Value!.Value.ValueKind);
        Assert.Equal(("n", "r-1", "s", "acceptingInput", "plain"), (activity.Name, activity.ReplyToId, activity.Summary, activity.InputHint, activity.TextFormat));
    }

    [Fact]
    public void UnknownFieldsSurviveARoundTripAtEveryLevel()
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, BotFrameworkJsonContext.Default.Activity)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity))!;
        var original = JsonNode.Parse(TeamsMessage)!;

        // Everything except the two timestamps (re-formatted, same instant) must be identical.
        foreach (var property in original.AsObject().Select(p => p.Key).Where(k => !k.EndsWith("imestamp")))
            Assert.True(JsonNode.DeepEquals(original[property], written[property]), $"'{property}' changed: {written[property]?.ToJsonString()}");
        Assert.Equal(DateTimeOffset.Parse("2026-11-24T10:00:00.123Z"), written["timestamp"]!.GetValue<DateTimeOffset>());
        Assert.Equal(original.AsObject().Count, written.AsObject().Count);
    }

    [Fact]
    public void UnknownActivityTypeRoundTrips()
    {
        var activity = JsonSerializer.Deserialize("""{"type":"meetingStart"}""", BotFrameworkJsonContext.Default.Activity)!;
        Assert.Equal("meetingStart", activity.Type.Value);
        Assert.False(activity.Type.Is(ActivityType.Message));
        Assert.Equal("""{"type":"meetingStart"}""", JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity));
    }

    [Fact]
    public void TypeComparisonIgnoresCase() => Assert.True(new ActivityType("Message").Is(ActivityType.Message));

    [Fact]
    public void OutgoingActivityUsesProtocolNamesAndOmitsNulls()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(
            new Activity { Text = "hej", Attachments = [Attachment.AdaptiveCard(new JsonObject { ["type"] = "AdaptiveCard" })] },
            BotFrameworkJsonContext.Default.Activity))!.AsObject();
        Assert.Equal(["type", "text", "attachments"], json.Select(p => p.Key));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)json["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public void AlreadySerialisedCardIsWrittenVerbatim()
    {
        // Not re-encoded: the bytes appear as given (å unescaped, key order and spacing kept).
        const string card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Måluppfyllelse"}]}""";
        var activity = new Activity { Text = "hej", Attachments = [Attachment.AdaptiveCard(System.Text.Encoding.UTF8.GetBytes(card))] };

        var json = JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity);

        Assert.Contains($"\"content\":{card}", json);
        Assert.Equal("Måluppfyllelse", (string?)JsonNode.Parse(json)!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
        Assert.Equal("AdaptiveCard", (string?)activity.Attachments[0].Content!["type"]); // readable as a node too
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\":1} {\"b\":2}")]
    [InlineData("{\"a\":")]
    public void AlreadySerialisedContentMustBeOneObject(string utf8) =>
        Assert.ThrowsAny<Exception>(() => Attachment.AdaptiveCard(System.Text.Encoding.UTF8.GetBytes(utf8)));

    [Fact]
    public void SerialisedContentCanBeSharedAndStaysAsMade()
    {
        var shared = InlineContent.FromUtf8("""{"type":"AdaptiveCard","version":"1.5"}"""u8.ToArray());
        var first = Attachment.AdaptiveCard(shared);
        first.Content!["version"] = "9.9"; // a copy: the shared content must not change

        var json = JsonSerializer.Serialize(new Activity { Attachments = [first, Attachment.AdaptiveCard(shared)] }, BotFrameworkJsonContext.Default.Activity);

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(json, "\"version\":\"1\\.5\"").Count);
        Assert.DoesNotContain("9.9", json);
    }

    [Fact]
    public void SettingContentReplacesSerialisedContent()
    {
        var attachment = Attachment.AdaptiveCard("""{"type":"AdaptiveCard"}"""u8.ToArray());
        attachment.Content = new JsonObject { ["type"] = "Replaced" };
        var json = JsonNode.Parse(JsonSerializer.Serialize(new Activity { Attachments = [attachment] }, BotFrameworkJsonContext.Default.Activity))!;
        Assert.Equal("Replaced", (string?)json["attachments"]![0]!["content"]!["type"]);
    }

    [Fact]
    public void InvokeResponsesHaveTheUniversalActionShape()
    {
        var error = InvokeResponse.Error(400, "BadInput", "Fel");
        Assert.Equal(200, error.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadInput","message":"Fel"}}"""), error.Body));
        var message = InvokeResponse.Message("Sparat");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Sparat"}"""), message.Body));
    }
}
