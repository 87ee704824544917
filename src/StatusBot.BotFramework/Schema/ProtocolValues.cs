namespace StatusBot.BotFramework.Schema;

/// <summary>Well-known <c>textFormat</c> values (the field stays a plain string so unknown values pass through).</summary>
public static class TextFormats
{
    /// <summary>Markdown (the default in Teams).</summary>
    public const string Markdown = "markdown";
    /// <summary>Plain text.</summary>
    public const string Plain = "plain";
    /// <summary>XML / HTML subset.</summary>
    public const string Xml = "xml";
}

/// <summary>Well-known <c>inputHint</c> values.</summary>
public static class InputHints
{
    /// <summary>The bot is passively ready for input.</summary>
    public const string AcceptingInput = "acceptingInput";
    /// <summary>The bot expects an answer.</summary>
    public const string ExpectingInput = "expectingInput";
    /// <summary>The bot is not ready for input.</summary>
    public const string IgnoringInput = "ignoringInput";
}

/// <summary>Well-known channel ids.</summary>
public static class Channels
{
    /// <summary>Microsoft Teams.</summary>
    public const string MsTeams = "msteams";
    /// <summary>The Bot Framework Emulator / Agents Playground.</summary>
    public const string Emulator = "emulator";
}

/// <summary>Attachment and invoke-response content types.</summary>
public static class ContentTypes
{
    /// <summary>An Adaptive Card.</summary>
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    /// <summary>An invoke response carrying a message for the user.</summary>
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
    /// <summary>An invoke response carrying an error <c>{code, message}</c>.</summary>
    public const string Error = "application/vnd.microsoft.error";
}

/// <summary>Well-known <c>role</c> values of a channel account.</summary>
public static class RoleTypes
{
    /// <summary>A human.</summary>
    public const string User = "user";
    /// <summary>A bot.</summary>
    public const string Bot = "bot";
}
