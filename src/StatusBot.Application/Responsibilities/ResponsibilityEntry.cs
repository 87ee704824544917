namespace StatusBot.Application.Responsibilities;

/// <summary>
/// One item of the configuration section "Responsibilities" (a list). Example:
/// <code>{ "Organisation": "Hägersten-Älvsjö", "Year": 2024, "Goal": "3.6.1", "Upn": "anna.andersson@stockholm.se", "AadObjectId": "…", "Role": "Ansvarig" }</code>
/// Role is Ansvarig (default), Delegate/Delegat or Coordinator/Samordnare; a coordinator needs no Goal.
/// </summary>
public sealed class ResponsibilityEntry
{
    public string? Organisation { get; set; }

    public int Year { get; set; }

    public string? Goal { get; set; }

    public string? Upn { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }
}
