using System.Text.Json.Nodes;
using StatusBot.Teams.Cards;
using StatusBot.AdaptiveCards.Model.Serialization;
using StatusBot.Domain.Periods;
using StatusBot.Domain.Reminders;

namespace StatusBot.Tests.Cards;

public sealed class ReminderCardTests
{
    private static readonly ReportingPeriod T2 = new(2026, PeriodKind.T2);

    private static ReminderMessage Message(ReminderStep step, int goals, string? about = null) =>
        new("chef@stockholm.se|T2 2026|" + step, "Hägersten-Älvsjö", T2, step, new ReminderRecipient("chef@stockholm.se", "aad-1", "Chef Chefsson"),
            new DateTimeOffset(2026, 9, 6, 22, 30, 0, TimeSpan.Zero), // 7 september in Stockholm
            [.. Enumerable.Range(1, goals).Select(g => new OwedGoal($"hagersten-alvsjo/2026/nm-3.6.{g}", $"3.6.{g}", $"Trygg stadsdel [{g}](https://evil.example)"))])
        {
            About = about,
        };

    private static JsonObject Json(ReminderMessage message) => JsonNode.Parse(CardJson.Serialize(ReminderCard.Build(message)))!.AsObject();

    private static List<JsonNode> ReportButtons(JsonObject card) =>
        [.. card["body"]!.AsArray().SelectMany(e => e?["items"]?.AsArray() ?? []).Select(i => i?["actions"]?[0]).OfType<JsonNode>()];

    [Fact]
    public void Says_what_is_owed_and_by_when_with_one_report_button_per_goal()
    {
        var card = Json(Message(ReminderStep.Early, 3));
        var text = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Contains("Dags att rapportera T2 2026", text, StringComparison.Ordinal);
        Assert.Contains("7 september 2026", text, StringComparison.Ordinal);
        Assert.Contains("3 mål", text, StringComparison.Ordinal);
        var buttons = ReportButtons(card);
        Assert.Equal(3, buttons.Count);
        for (var g = 1; g <= 3; g++)
        {
            var button = buttons[g - 1];
            Assert.Equal("Action.Execute", (string?)button["type"]);
            Assert.Equal("Rapportera", (string?)button["title"]);
            Assert.Equal(CardVerbs.Rapportera, (string?)button["verb"]);
            Assert.Equal($"hagersten-alvsjo/2026/nm-3.6.{g}", (string?)button["data"]![CardData.GoalId]);
            Assert.Equal("T2 2026", (string?)button["data"]![CardData.Period]);
        }
        // Document text stays text: the title's markdown link is escaped.
        Assert.DoesNotContain("[1](https://evil.example)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_day_and_escalation_read_differently()
    {
        var deadlineDay = CardJson.Serialize(ReminderCard.Build(Message(ReminderStep.DeadlineDay, 1)));
        Assert.Contains("I dag är sista dag", deadlineDay, StringComparison.Ordinal);
        Assert.Contains("1 mål", deadlineDay, StringComparison.Ordinal);

        var escalation = CardJson.Serialize(ReminderCard.Build(Message(ReminderStep.Escalation, 2, about: "Anna Andersson")));
        Assert.Contains("Utfall saknas för T2 2026", escalation, StringComparison.Ordinal);
        Assert.Contains("Anna Andersson har inte skickat in utfall för 2 mål", escalation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_list_is_capped_and_every_variant_validates()
    {
        var many = Message(ReminderStep.Late, 60);
        var capped = Json(many);
        Assert.InRange(ReportButtons(capped).Count, 1, 25);
        Assert.Contains("…och ", capped.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);

        CardValidation.AssertAllValid(
        [
            ReminderCard.Build(Message(ReminderStep.Early, 1)),
            ReminderCard.Build(Message(ReminderStep.Late, 4)),
            ReminderCard.Build(Message(ReminderStep.DeadlineDay, 2)),
            ReminderCard.Build(Message(ReminderStep.Escalation, 3, about: "Anna Andersson")),
            ReminderCard.Build(many),
        ]);
    }
}
