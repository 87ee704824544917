using System.Text.Json.Nodes;
using StatusBot.Application.ReadModel;
using StatusBot.BotFramework.Invokes;
using StatusBot.Teams.Cards;

namespace StatusBot.Teams.MessageExtension;

/// <summary>
/// A goal as one line of the compose box's result list (a thumbnail card): number and title, the assessment in
/// words, the nämnd and the year. Picking it inserts <paramref name="card"/>.
/// </summary>
public static class GoalPreview
{
    public static JsonObject Attachment(GoalRef goal, JsonNode card)
    {
        var latest = goal.Goal.LatestAssessment;
        var assessment = latest is null ? StatusBadge.Label(null) : $"{StatusBadge.Label(latest.Bedomning)} ({latest.Period})";
        return MessagingExtensionResponse.Attachment(card,
            title: $"{GoalLabels.LevelAndNumber(goal.Goal)}: {goal.Goal.Title}",
            subtitle: assessment,
            text: $"{goal.Plan.Organisation} · {goal.Plan.Year}");
    }
}
