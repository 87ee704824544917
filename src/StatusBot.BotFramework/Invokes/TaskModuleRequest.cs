using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Invokes;

/// <summary>The value of a <c>task/fetch</c> or <c>task/submit</c> invoke.</summary>
public sealed class TaskModuleRequest
{
    /// <summary>The data of the action that opened the dialog, or the dialog's submitted values.</summary>
    [JsonPropertyName("data")]
    public JsonObject? Data { get; set; }

    /// <summary>Where the dialog runs.</summary>
    [JsonPropertyName("context")]
    public TaskModuleRequestContext? Context { get; set; }
}

/// <summary>The client's context for a dialog.</summary>
public sealed class TaskModuleRequestContext
{
    /// <summary>"default", "dark" or "contrast".</summary>
    [JsonPropertyName("theme")]
    public string? Theme { get; set; }
}
