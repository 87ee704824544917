namespace StatusBot.LatencyBench;

/// <summary>
/// The question mix: a goal by number, by number in another nämnd, by subject, by assessment, the asker's own
/// goals, a one-word search, a number with an organisation, and help. Sent round-robin.
/// </summary>
internal static class Questions
{
    public static readonly IReadOnlyList<string> Mix =
    [
        "hur går nämndmål 3.6.1?",
        "nämndmål 1.4.2",
        "hur går det med sjukfrånvaron?",
        "vilka mål uppfylls delvis?",
        "mina mål",
        "trygghet",
        "3,5,1 i Hägersten-Älvsjö",
        "hjälp",
    ];

    public static string At(int index) => Mix[index % Mix.Count];
}
