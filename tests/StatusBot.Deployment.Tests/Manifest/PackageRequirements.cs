namespace StatusBot.Deployment.Tests.Manifest;

/// <summary>What a StatusBot Teams package must offer beyond what the manifest schema demands.</summary>
public sealed record PackageRequirements(
    IReadOnlyList<string> Commands,
    IReadOnlyList<string> Scopes,
    string? BotId = null,
    string? Domain = null)
{
    /// <summary>The commands users see in Teams: the questions the conversation understands.</summary>
    public static readonly IReadOnlyList<string> StatusBotCommands =
    [
        "hur går nämndmål",
        "mina mål",
        "vad saknas till T1",
        "vilka mål uppfylls inte?",
        "rapportera",
        "mål under inriktningsmål 3",
        "indikatorer för 3.6",
        "vilka indikatorer ligger efter?",
        "hjälp",
    ];

    public static readonly IReadOnlyList<string> StatusBotScopes = ["personal", "team", "groupChat"];

    public static PackageRequirements StatusBot(string? botId = null, string? domain = null) =>
        new(StatusBotCommands, StatusBotScopes, botId, domain);
}
