namespace StatusBot.Application.Conversation.Answers;

/// <summary>What the bot can do, with example questions the asker can copy.</summary>
public sealed record HelpAnswer : Answer
{
    public string Introduction { get; init; } =
        "Jag svarar på frågor om nämndens mål, indikatorer och bedömningar. Du kan till exempel skriva:";

    public IReadOnlyList<string> Examples { get; init; } =
    [
        "hur går nämndmål 3.6.1?",
        "hur går det med feriejobben?",
        "mina mål",
        "vilka mål uppfylls delvis?",
        "mål under inriktningsmål 3",
        "indikatorer för 3.6",
        "vilka indikatorer ligger efter?",
        "och 3.6.2?",
        "vad saknas till tertial 1?",
        "rapportera 3.6.1 T2",
        "nämndmål 3.6.1 i Hägersten-Älvsjö 2024",
    ];
}
