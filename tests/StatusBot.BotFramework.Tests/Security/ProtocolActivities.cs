using System.Text.Json.Nodes;
using StatusBot.BotFramework.Tests.Infrastructure;

namespace StatusBot.BotFramework.Tests.Security;

/// <summary>The real activities the protocol fuzz mutates: a message, an invoke, an Action.Submit, a conversation and an installation update.</summary>
internal static class ProtocolActivities
{
    public static JsonObject Next(Random random, string serviceUrl)
    {
        var activity = Activities.Message(Pick(random, ["hur går nämndmål 3.6.1?", "<at>StatusBot</at> hjälp", "vilka mål uppfylls delvis?"]), serviceUrl);
        switch (random.Next(5))
        {
            case 0:
                activity["type"] = "invoke";
                activity["name"] = "adaptiveCard/action";
                activity["value"] = new JsonObject
                {
                    ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "spara", ["data"] = new JsonObject { ["goal"] = "3.6.1", ["analys"] = "Delvis" } },
                };
                break;
            case 1:
                activity.Remove("text");
                activity["value"] = new JsonObject { ["verb"] = "spara", ["goal"] = "3.6.1", ["assessment"] = "Delvis", ["analys"] = "Text" };
                break;
            case 2:
                activity["type"] = "conversationUpdate";
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
                break;
            case 3:
                activity["type"] = "installationUpdate";
                activity["action"] = "add";
                break;
        }
        return activity;
    }


    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
