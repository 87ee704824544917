using System.Text.Json.Serialization;

namespace StatusBot.BotFramework.Invokes;

/// <summary>The value of a <c>composeExtension/query</c> invoke: the command, what was typed, and the page asked for.</summary>
public sealed class MessagingExtensionQuery
{
    /// <summary>The command id from the manifest's composeExtensions.</summary>
    [JsonPropertyName("commandId")]
    public string? CommandId { get; set; }

    /// <summary>The parameters with their values; "initialRun" = "true" when the user has typed nothing yet.</summary>
    [JsonPropertyName("parameters")]
    public List<MessagingExtensionParameter>? Parameters { get; set; }

    /// <summary>Paging: how many results to skip and return.</summary>
    [JsonPropertyName("queryOptions")]
    public MessagingExtensionQueryOptions? QueryOptions { get; set; }

    /// <summary>State returned by an authentication or configuration flow.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>The value of the named parameter as text, or null.</summary>
    public string? Parameter(string name) =>
        Parameters?.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))?.Value?.ToString();
}

/// <summary>One parameter of a message extension query.</summary>
public sealed class MessagingExtensionParameter
{
    /// <summary>The parameter's name from the manifest.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>What was typed (Teams sends text; kept open in case a client sends another JSON type).</summary>
    [JsonPropertyName("value")]
    public System.Text.Json.JsonElement? Value { get; set; }
}

/// <summary>Paging of a message extension query.</summary>
public sealed class MessagingExtensionQueryOptions
{
    /// <summary>How many results to skip.</summary>
    [JsonPropertyName("skip")]
    public int? Skip { get; set; }

    /// <summary>How many results to return.</summary>
    [JsonPropertyName("count")]
    public int? Count { get; set; }
}
