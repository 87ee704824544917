using System.Text.Json.Nodes;

namespace StatusBot.BotFramework.Tests.Infrastructure;

/// <summary>Inbound activity JSON shaped like what Teams sends.</summary>
internal static class Activities
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string TenantId = "72f988bf-0000-0000-0000-000000000001";
    public const string BotId = "28:bot-app-id";

    public static JsonObject Message(string text = "hej", string serviceUrl = ServiceUrl, string channelId = "msteams", string tenantId = TenantId) => new()
    {
        ["type"] = "message",
        ["id"] = "1700000000000",
        ["timestamp"] = "2026-11-24T10:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "29:user-id", ["name"] = "Anna Andersson", ["aadObjectId"] = "aad-user-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "StatusBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:conv-1", ["conversationType"] = "personal", ["tenantId"] = tenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        ["text"] = text,
        ["locale"] = "sv-SE",
    };

    public static JsonObject Invoke(string name = "adaptiveCard/action")
    {
        var activity = Message();
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "spara" } };
        activity.Remove("text");
        return activity;
    }
}
