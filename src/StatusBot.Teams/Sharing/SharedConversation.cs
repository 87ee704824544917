using System.Text.Json.Nodes;
using BotActivity = StatusBot.BotFramework.Schema.Activity;

namespace StatusBot.Teams.Sharing;

/// <summary>
/// Where more people than the asker see a card: a channel, a group chat, or a card that was shared from the
/// compose box or a pasted link (its refresh action says so, because a chat between two people is "personal" too).
/// </summary>
public static class SharedConversation
{
    /// <summary>Key in a shared card's refresh data: true.</summary>
    public const string SharedKey = "delat";

    public static bool IsShared(BotActivity activity, JsonObject? actionData = null) =>
        activity.Conversation?.ConversationType is "channel" or "groupChat"
        || (actionData?[SharedKey] is JsonValue flag && flag.TryGetValue<bool>(out var shared) && shared);
}
