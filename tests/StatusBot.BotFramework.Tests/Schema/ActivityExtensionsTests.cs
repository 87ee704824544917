using StatusBot.BotFramework.Schema;

namespace StatusBot.BotFramework.Tests.Schema;

public sealed class ActivityExtensionsTests
{
    private static Activity Inbound(string text, params Entity[] entities) => new()
    {
        Type = ActivityType.Message,
        Id = "msg-1",
        Text = text,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user", Name = "Anna", AadObjectId = "aad-1" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "StatusBot" },
        Conversation = new ConversationAccount { Id = "19:chat", ConversationType = "groupChat", IsGroup = true },
        Entities = [.. entities],
        Locale = "sv-SE",
    };

    private static Entity Mention(string id, string name, string? text = null) =>
        new() { Type = "mention", Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text ?? $"<at>{name}</at>" };

    [Fact]
    public void BotMentionFromEntityIsStripped() =>
        Assert.Equal("visa mål 3.6", Inbound("<at>Status Bot</at> visa mål 3.6", Mention("28:bot", "Status Bot")).StripBotMention());

    [Fact]
    public void OtherPeoplesMentionsStay() =>
        Assert.Equal("fråga <at>Bertil</at> om 3.6",
            Inbound("<at>StatusBot</at> fråga <at>Bertil</at> om 3.6", Mention("28:bot", "StatusBot"), Mention("29:bertil", "Bertil")).StripBotMention());

    [Fact]
    public void PlainAtTagWithTheBotsNameIsStrippedWithoutEntities() =>
        Assert.Equal("hej", Inbound("<at>statusbot</at>   hej").StripBotMention());

    [Fact]
    public void MentionInTheMiddleLeavesSingleSpaces() =>
        Assert.Equal("status för 3.6.1", Inbound("status <at>StatusBot</at> för 3.6.1", Mention("28:bot", "StatusBot")).StripBotMention());

    [Fact]
    public void TextWithoutMentionIsOnlyTrimmed() => Assert.Equal("hej", Inbound("  hej ").StripBotMention());

    [Fact]
    public void TenantIsReadFromConversationFirstThenChannelData()
    {
        var activity = Inbound("x");
        Assert.Null(activity.GetTenantId());
        activity.ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "from-channel-data" } };
        Assert.Equal("from-channel-data", activity.GetTenantId());
        activity.Conversation!.TenantId = "from-conversation";
        Assert.Equal("from-conversation", activity.GetTenantId());
    }

    [Fact]
    public void ReplySwapsPartiesAndKeepsTheAddress()
    {
        var inbound = Inbound("x");
        inbound.ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "t-1" } };
        var reply = inbound.CreateReply("svar");

        Assert.Equal(("28:bot", "29:user"), (reply.From!.Id, reply.Recipient!.Id));
        Assert.Equal("aad-1", reply.Recipient.AadObjectId);
        Assert.Equal(("19:chat", "t-1", true), (reply.Conversation!.Id, reply.Conversation.TenantId, reply.Conversation.IsGroup));
        Assert.Equal(("msg-1", "https://smba.trafficmanager.net/emea/", "msteams", "sv-SE", "svar"),
            (reply.ReplyToId, reply.ServiceUrl, reply.ChannelId, reply.Locale, reply.Text));
        Assert.NotSame(inbound.From, reply.Recipient); // editing the reply must not change the inbound activity
    }

    [Fact]
    public void ConversationReferenceNeedsServiceUrlChannelAndConversation()
    {
        Assert.NotNull(Inbound("x").GetConversationReference());
        var incomplete = Inbound("x");
        incomplete.ServiceUrl = null;
        Assert.Null(incomplete.GetConversationReference());
    }
}
