using System.Text.Json.Nodes;

namespace StatusBot.LatencyBench;

/// <summary>A message activity shaped like the ones the Agents Playground sends for a Teams personal chat.</summary>
internal static class PlaygroundActivity
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000bb";

    public static byte[] Message(string activityId, string text, int sender, string serviceUrl)
    {
        var user = $"bench-user-{sender}";
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = activityId,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = user, ["name"] = $"Chef {sender}", ["aadObjectId"] = $"aad-{user}" },
            ["recipient"] = new JsonObject { ["id"] = "28:statusbot", ["name"] = "StatusBot" },
            // One personal chat per sender, as each chief has their own chat with the bot.
            ["conversation"] = new JsonObject { ["id"] = $"a:bench-conversation-{sender}", ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["locale"] = "sv-SE",
            ["textFormat"] = "plain",
            ["text"] = text,
        };
        return System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString());
    }
}
