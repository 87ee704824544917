using System.Text.Json;
using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model.Serialization;

namespace StatusBot.Tests.Cards;

public class CardAttachmentTests
{
    [Fact]
    public void Attachment_carries_the_adaptive_card_content_type_and_the_card()
    {
        var card = HelpCard.Build();
        var attachment = CardAttachment.ToJsonObject(card);

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.Equal(CardJson.Serialize(card), attachment["content"]!.ToJsonString(CardJson.Options));
    }

    [Fact]
    public void Json_element_forms_hold_the_same_card()
    {
        var card = MessageCard.Build("Hej");
        var element = CardAttachment.ToJsonElement(card);
        var content = CardAttachment.Content(card);

        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.Equal(CardAttachment.ContentType, element.GetProperty("contentType").GetString());
        Assert.Equal("1.5", element.GetProperty("content").GetProperty("version").GetString());
        Assert.Equal("Hej", content.GetProperty("body")[0].GetProperty("text").GetString());
    }
}
