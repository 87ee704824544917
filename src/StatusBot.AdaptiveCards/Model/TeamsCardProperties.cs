namespace StatusBot.AdaptiveCards.Model;

/// <summary>The card's "msteams" extension: "Full" width lets tables and long titles use the chat's width.</summary>
public sealed class TeamsCardProperties
{
    public string? Width { get; set; }

    public static TeamsCardProperties FullWidth => new() { Width = "Full" };
}
