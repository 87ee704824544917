using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Schema;

/// <summary>
/// The activity <c>type</c>: an open string enum. Unknown values survive a round trip, so a channel that adds a
/// new type never breaks parsing.
/// </summary>
[JsonConverter(typeof(ActivityTypeJsonConverter))]
public readonly record struct ActivityType(string Value)
{
    /// <summary>A message from a user or the bot.</summary>
    public static readonly ActivityType Message = new("message");
    /// <summary>Members joined or left, or the conversation changed.</summary>
    public static readonly ActivityType ConversationUpdate = new("conversationUpdate");
    /// <summary>The bot was installed or uninstalled.</summary>
    public static readonly ActivityType InstallationUpdate = new("installationUpdate");
    /// <summary>A request that expects a synchronous answer in the HTTP response (e.g. <c>adaptiveCard/action</c>).</summary>
    public static readonly ActivityType Invoke = new("invoke");
    /// <summary>A named event.</summary>
    public static readonly ActivityType Event = new("event");
    /// <summary>The user is typing.</summary>
    public static readonly ActivityType Typing = new("typing");
    /// <summary>A reaction was added or removed.</summary>
    public static readonly ActivityType MessageReaction = new("messageReaction");
    /// <summary>A message was edited.</summary>
    public static readonly ActivityType MessageUpdate = new("messageUpdate");
    /// <summary>A message was deleted.</summary>
    public static readonly ActivityType MessageDelete = new("messageDelete");
    /// <summary>The conversation ended.</summary>
    public static readonly ActivityType EndOfConversation = new("endOfConversation");

    /// <summary>Case-insensitive comparison: channels are not consistent about casing.</summary>
    public bool Is(ActivityType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
