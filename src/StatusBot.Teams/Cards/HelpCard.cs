using System.Text.Json.Nodes;
using StatusBot.AdaptiveCards.Model;
using StatusBot.AdaptiveCards.Model.Actions;
using StatusBot.AdaptiveCards.Model.Elements;

namespace StatusBot.Teams.Cards;

/// <summary>What the bot can do, with example questions as buttons that ask them.</summary>
public static class HelpCard
{
    public static IReadOnlyList<string> ExampleQuestions { get; } =
    [
        "hur går nämndmål 3.6.1?",
        "mina mål",
        "vilka mål uppfylls inte?",
        "mål under inriktningsmål 3",
        "vilka indikatorer ligger efter?",
    ];

    private static readonly (string Title, string Text)[] Abilities =
    [
        ("Status för ett mål", "Fråga efter ett mål med nummer eller ord ur titeln, t.ex. ”hur går 3.6.1?” eller ”hur går det med tryggheten?”."),
        ("Målträdet", "”Mål under inriktningsmål 3”, ”vad hör 3.6.1 till?”, ”vilka nämndmål finns?” eller ”visa målträdet”; ”hur många nämndmål har vi?” räknar dem."),
        ("Indikatorer", "”Indikatorer för 3.6”, ”vad är årsmålet för sjukfrånvaro?”, ”vilka indikatorer mäts per tertial?”, ”vilka ligger efter?”, ”hur många indikatorer har 1.3?”."),
        ("Följdfrågor", "Jag minns målet vi pratar om en stund: ”och 3.6.2?”, ”visa indikatorerna”, ”vem är ansvarig?”, ”och i Hägersten?”, ”och helåret?”. Skriv ”ny fråga” för att börja om."),
        ("Dina mål", "”Mina mål” visar målen du är ansvarig för, med senaste bedömning."),
        ("Uppföljning", "”Vilka mål uppfylls inte?”, ”vad saknas till T1?” eller ”vem har inte rapporterat T2?”."),
        ("Rapportera", "”Rapportera 3.6.1 T2” öppnar ett formulär för bedömning, analys och indikatorernas utfall."),
        ("Påminnelser (samordnare)", "”Påminnelser T2” visar vad som har skickats och vad som misslyckades; ”pausa påminnelser” och ”återuppta påminnelser” styr dem för nämnden."),
    ];

    public static AdaptiveCard Build()
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = "Det här kan jag: " + string.Join(" · ", ExampleQuestions),
        };
        card.Body.Add(Blocks.Title("Det här kan jag"));
        card.Body.Add(Blocks.Subtle("Jag svarar på frågor om nämndens mål, indikatorer och aktiviteter och tar emot era bedömningar per tertial."));
        card.Body.Add(new FactSet { Spacing = Spacing.Medium, Facts = [.. Abilities.Select(a => Blocks.Fact(a.Title, a.Text))] });
        card.Body.Add(Blocks.SectionHeading("Prova att fråga"));
        card.Body.Add(new ActionSet { Actions = [.. ExampleQuestions.Select(Ask)] });
        return card;
    }

    /// <summary>
    /// In Teams, imBack posts the question as if the user typed it, so it takes the ordinary message path and
    /// shows in the chat. Other hosts send the data as the message's value, where <see cref="CardData.Question"/> holds it.
    /// </summary>
    public static SubmitAction Ask(string question) => new()
    {
        Title = question,
        Data = new JsonObject
        {
            ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = question },
            [CardData.Question] = question,
        },
    };
}
