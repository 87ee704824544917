namespace StatusBot.Application.Conversation.Organisations;

/// <summary>
/// Configuration section "Conversation". Example:
/// <code>
/// "Conversation": {
///   "DefaultOrganisation": "Hägersten-Älvsjö stadsdelsnämnd",
///   "TenantOrganisations": { "&lt;tenant id&gt;": "Hägersten-Älvsjö" },
///   "UserOrganisations": { "&lt;aadObjectId or upn&gt;": "Enskede-Årsta-Vantör" }
/// }
/// </code>
/// </summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>For everyone not matched below.</summary>
    public string? DefaultOrganisation { get; set; }

    /// <summary>Per user: Teams aadObjectId (or the CLI's --user) or UPN → organisation.</summary>
    public Dictionary<string, string> UserOrganisations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per Entra tenant id → organisation.</summary>
    public Dictionary<string, string> TenantOrganisations { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
